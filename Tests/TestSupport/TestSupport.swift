import SparKit
