public enum VoordeurAppPlaceholder {}
