import Foundation

/// The process's environment, read once. `ProcessInfo.environment` builds a new dictionary on every call (about
/// 0.25 M instructions, and 1.7 M the first time), and start-up asked for it 14 times; voordeur never changes its own
/// environment. Read straight from `environ`: the first definition of a name wins, as with getenv(3).
public enum ProcessEnvironment {
    public static let current: [String: String] = parse(environ)

    static func parse(_ entries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String: String] {
        var result: [String: String] = [:]
        guard var entry = entries else { return result }
        while let pointer = entry.pointee {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                            count: strlen(pointer))
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), equals > 0 {
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                if result[name] == nil {
                    result[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
                }
            }
            entry += 1
        }
        return result
    }
}
