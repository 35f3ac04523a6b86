import Foundation

/// Someone present during the visit, by role and approximate age, never by name. Observations point at these by id,
/// so a signal about a man, a woman and a child says so, and two children stay two children.
public struct PresentPerson: Codable, Equatable, Sendable {
    /// "p1", "p2", …: stable within the visit.
    public var id: String
    public var role: Person
    /// As the worker typed it: "ca. 35", "8", "baby".
    public var age: String

    public init(id: String, role: Person = .onbekend, age: String = "") {
        self.id = id
        self.role = role
        self.age = age
    }

    public var isEmpty: Bool { role == .onbekend && age.trimmingCharacters(in: .whitespaces).isEmpty }

    /// "partner (ca. 40)", "kind (8 jaar)", "huurder": the words the note uses.
    public var label: String {
        let role = self.role == .onbekend ? "persoon" : self.role.rawValue
        let age = self.age.trimmingCharacters(in: .whitespaces)
        if age.isEmpty { return role }
        // A bare number is an age in years; anything else ("ca. 35", "baby") stays as typed.
        return age.allSatisfy(\.isNumber) ? "\(role) (\(age) jaar)" : "\(role) (\(age))"
    }
}

extension Visit {
    /// Changes the person present `id`, adding them when new and dropping them when they become empty (an observation
    /// that pointed at them forgets them too).
    public mutating func setPerson(_ id: String, _ change: (inout PresentPerson) -> Void) {
        if let index = persons.firstIndex(where: { $0.id == id }) {
            change(&persons[index])
            if persons[index].isEmpty {
                persons.remove(at: index)
                for i in observations.indices { observations[i].personIDs.removeAll { $0 == id } }
                for i in ownSignals.indices { ownSignals[i].personIDs.removeAll { $0 == id } }
            }
        } else {
            var person = PresentPerson(id: id)
            change(&person)
            if !person.isEmpty { persons.append(person) }
        }
    }

    /// An id for the next person present: "p1", "p2", … never reused within the visit's current list.
    public var nextPersonID: String {
        var number = persons.count + 1
        while persons.contains(where: { $0.id == "p\(number)" }) { number += 1 }
        return "p\(number)"
    }
}
