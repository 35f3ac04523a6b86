import Foundation

/// How much a finding weighs. Only an `opmerking` says the wording is not an observation: lists, the ✎ count, the
/// export review and recall count those. A `tip` is advice on something that already is an observation (quote it
/// literally, give a number); it is shown dim, never in the warning colour, so a good description never looks wrong.
public enum CoachLevel: String, Codable, Sendable {
    case opmerking
    case tip
}
