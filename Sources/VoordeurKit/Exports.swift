// The file formats (key = value files, the card, the sanitiser) live in VoordeurFormats so the build plugin can use
// them too; to everyone else they are part of VoordeurKit.
@_exported import VoordeurFormats
