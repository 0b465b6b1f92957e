import Foundation
import SparKit

/// A ZIP file with its entries stored (not compressed): what a cmi5 course package needs, a few
/// kilobytes of XML, without a compression library. Layout per PKWARE's APPNOTE 4.3.
struct ZipArchive {
    private var entries: [(name: String, data: Data)] = []

    mutating func add(_ name: String, _ data: Data) { entries.append((name, data)) }

    var data: Data {
        var archive = Data()
        var central = Data()
        for entry in entries {
            let name = Data(entry.name.utf8)
            let crc = CRC32.checksum(entry.data)
            let offset = UInt32(archive.count)
            // Local file header: version 2.0, flag bit 11 (UTF-8 names), method 0 (stored), DOS time 1980-01-01.
            archive.append(le32: 0x0403_4B50)
            archive.append(le16: 20); archive.append(le16: 0x0800); archive.append(le16: 0)
            archive.append(le16: 0); archive.append(le16: 0x21)
            archive.append(le32: crc); archive.append(le32: UInt32(entry.data.count)); archive.append(le32: UInt32(entry.data.count))
            archive.append(le16: UInt16(name.count)); archive.append(le16: 0)
            archive.append(name)
            archive.append(entry.data)
            central.append(le32: 0x0201_4B50)
            central.append(le16: 20); central.append(le16: 20); central.append(le16: 0x0800); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0x21)
            central.append(le32: crc); central.append(le32: UInt32(entry.data.count)); central.append(le32: UInt32(entry.data.count))
            central.append(le16: UInt16(name.count)); central.append(le16: 0); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0); central.append(le32: 0o100644 << 16)
            central.append(le32: offset)
            central.append(name)
        }
        let centralOffset = UInt32(archive.count)
        archive.append(central)
        archive.append(le32: 0x0605_4B50)
        archive.append(le16: 0); archive.append(le16: 0)
        archive.append(le16: UInt16(entries.count)); archive.append(le16: UInt16(entries.count))
        archive.append(le32: UInt32(central.count)); archive.append(le32: centralOffset)
        archive.append(le16: 0)
        return archive
    }
}

/// CRC-32 (IEEE 802.3), as ZIP checks its entries.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

private extension Data {
    mutating func append(le16 value: UInt16) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
    mutating func append(le32 value: UInt32) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
}
