public enum SalesMethodPlaceholder {}
