import Foundation

/// A neutral sense of a word the coach would otherwise read as interpretation, and the cues that decide it
/// (`[betekenis NAAM]` in `Assets/coach.betekenissen`): "spanning" with volts or a socket is voltage, "vermoedelijk"
/// about a part of the home is a repairman's diagnosis, "duidelijk" with a sense verb is how well he saw or heard.
struct NeutralSense: Sendable {
    enum Scope: String, Sendable { case zinsdeel, zin }

    var name: String
    /// The ambiguous words.
    var words = PatternToken()
    /// Words that point to the neutral sense.
    var cues = PatternToken()
    /// Words that rule it out (a person, violence): then the remark stays.
    var unless = PatternToken()
    var scope = Scope.zinsdeel
}
