/// One identifier type of the method, listed with its ids and names.
public struct CatalogEntry: Sendable, Hashable, Codable {
    /// snake_case key of the type, as scenario files and docs name it (e.g. `buyer_role`).
    public let key: String
    /// The Swift type name (e.g. `BuyerRole`).
    public let typeName: String
    /// All raw ids, in declaration order.
    public let identifiers: [String]
    /// The names of the values, in the same order as `identifiers`.
    public let names: [LocalizedName]

    public init<T: MethodIdentifier>(key: String, type: T.Type) {
        self.key = key
        self.typeName = String(describing: type)
        self.identifiers = T.identifiers
        self.names = T.allCases.map(\.name)
    }
}

/// Every identifier type of the method, for docs, listings and "did you mean" hints.
public enum SalesMethodCatalog {
    public static let entries: [CatalogEntry] = [
        CatalogEntry(key: "lifecycle_stage", type: LifecycleStage.self),
        CatalogEntry(key: "lifecycle_task", type: LifecycleTask.self),
        CatalogEntry(key: "buying_phase", type: BuyingPhase.self),
        CatalogEntry(key: "sales_step", type: SalesStep.self),
        CatalogEntry(key: "sync_point", type: SyncPoint.self),
        CatalogEntry(key: "sync_status", type: SyncStatus.self),
        CatalogEntry(key: "sales_value", type: SalesValue.self),
        CatalogEntry(key: "kp_rank", type: KPRank.self),
        CatalogEntry(key: "fact_value", type: FactValue.self),
        CatalogEntry(key: "account_fact", type: AccountFact.self),
        CatalogEntry(key: "customer_class", type: CustomerClass.self),
        CatalogEntry(key: "classification_reason", type: ClassificationReason.self),
        CatalogEntry(key: "buyer_role", type: BuyerRole.self),
        CatalogEntry(key: "attitude", type: Attitude.self),
        CatalogEntry(key: "communication_style", type: CommunicationStyle.self),
        CatalogEntry(key: "demand_level", type: DemandLevel.self),
        CatalogEntry(key: "buying_signal", type: BuyingSignal.self),
        CatalogEntry(key: "signal_kind", type: SignalKind.self),
        CatalogEntry(key: "closing_technique", type: ClosingTechnique.self),
        CatalogEntry(key: "objection_kind", type: ObjectionKind.self),
        CatalogEntry(key: "objection_handling", type: ObjectionHandling.self),
        CatalogEntry(key: "appointment_method", type: AppointmentMethod.self),
        CatalogEntry(key: "fish_pond_step", type: FishPondStep.self),
    ]

    /// The entry with this key (`buyer_role`) or type name (`BuyerRole`).
    public static func entry(named name: String) -> CatalogEntry? {
        entries.first { $0.key == name || $0.typeName == name }
    }
}
