import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system error (errno) in Dutch words, for the one line the worker reads: "is een map", not "systeemfout 21".
public enum ErrnoText {
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "de schijf is vol"
        case EDQUOT: return "de schijfruimte (quotum) is op"
        case EROFS: return "de schijf is alleen-lezen"
        case EACCES, EPERM: return "geen toestemming"
        case EFBIG: return "het bestand wordt te groot"
        case ENOENT: return "de map bestaat niet"
        case ENOTDIR: return "een deel van het pad is geen map"
        case EISDIR: return "het is een map"
        case EEXIST: return "het bestaat al"
        case ENOTEMPTY: return "de map is niet leeg"
        case ELOOP: return "te veel symbolische koppelingen na elkaar"
        case ENAMETOOLONG: return "de naam is te lang"
        case EMFILE, ENFILE: return "te veel open bestanden"
        case ENXIO, ENODEV: return "het apparaat is er niet"
        case EBUSY: return "het is in gebruik"
        case ETXTBSY: return "het bestand wordt uitgevoerd"
        case EXDEV: return "het kan niet naar een andere schijf worden verplaatst"
        case EIO: return "lees- of schrijffout van de schijf"
        case EPIPE: return "het programma aan de andere kant las niet verder"
        case ENOMEM: return "te weinig geheugen"
        case EINVAL: return "ongeldige waarde"
        case EAGAIN: return "tijdelijk niet beschikbaar"
        case EINTR: return "onderbroken"
        case ENOEXEC: return "geen uitvoerbaar programma"
        default: return "systeemfout \(code)"
        }
    }
}
