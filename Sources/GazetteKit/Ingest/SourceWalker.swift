import Foundation

/// Expands the user's sources (files and folders) into the list of files to read.
///
/// Folders are walked recursively in byte order of names, so runs are deterministic whatever the
/// file system returns. Problems with one entry never stop the walk: they become diagnostics.
public struct SourceWalker: Sendable {
    public init() {}

    public struct Listing: Sendable {
        public var files: [String]
        /// A missing path is an error; a symlink loop or unreadable folder a warning.
        public var diagnostics: [Diagnostic]

        public init(files: [String] = [], diagnostics: [Diagnostic] = []) {
            self.files = files
            self.diagnostics = diagnostics
        }
    }

    /// Hugo page bundles keep cover images and attachments beside the post; reading them
    /// would only produce "binary file" errors, so a folder walk leaves them out.
    /// A file named explicitly is always read.
    static let skippedExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "heic",
        "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar",
        "mp3", "mp4", "mov", "webm", "wav", "ogg", "woff", "woff2", "ttf", "otf", "eot",
        "css", "js", "map", "ds_store",
        // Data that lives beside recaps without being one: mailing lists, Gazette's own ledger and messages.
        "csv", "tsv", "sqlite", "sqlite-wal", "sqlite-shm", "lock", "eml",
    ]

    /// Files that sit in content folders without being posts: a folder's README and licence. Hugo's
    /// `_index.md` section pages are read, so the dry run can say why they are never featured.
    static let skippedNames: Set<String> = ["readme.md", "readme", "readme.txt", "license", "license.md"]

    /// Deep enough for any real content tree; past it something is wrong (e.g. a loop the
    /// inode check cannot see on a file system without stable inodes).
    static let maximumDepth = 64

    public func files(in sources: [String]) -> Listing {
        var walk = Walk()
        for source in sources {
            walk.visitSource(source)
        }
        return Listing(files: walk.files, diagnostics: walk.diagnostics)
    }

    private struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private enum Kind {
        case file, directory(DirectoryID), other
        case failed(errno: Int32)
    }

    private struct Walk {
        var files: [String] = []
        var seenFiles: Set<String> = []
        var diagnostics: [Diagnostic] = []
        /// Folders on the current path from the source down: meeting one again is a loop.
        var openDirectories: [DirectoryID] = []
        /// The real path of the folder being walked: links may lead anywhere inside it, never out of it.
        var rootRealPath: String?

        mutating func visitSource(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else {
                diagnostics.append(.error(path, "no such file or folder"))
                return
            }
            switch kind(of: path) {
            case .file: add(path)
            case .directory(let id):
                rootRealPath = realPath(path)
                walkDirectory(path, id: id, depth: 0)
            case .other: diagnostics.append(.warning(path, "not a regular file or folder; skipped"))
            case .failed(let code): reportFollowFailure(path, errno: code)
            }
        }

        private mutating func add(_ path: String) {
            if seenFiles.insert(path).inserted { files.append(path) }
        }

        private mutating func walkDirectory(_ path: String, id: DirectoryID, depth: Int) {
            if openDirectories.contains(id) {
                diagnostics.append(.warning(path, "symlink loop: this folder contains itself; not followed"))
                return
            }
            guard depth < SourceWalker.maximumDepth else {
                diagnostics.append(.warning(path, "folders nested deeper than \(SourceWalker.maximumDepth) levels; not followed"))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                diagnostics.append(.warning(path, "cannot read folder: \(reason(for: error))"))
                return
            }
            openDirectories.append(id)
            defer { openDirectories.removeLast() }

            // Byte order, not locale order: the same on every machine.
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                guard !name.hasPrefix(".") else { continue }
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                // A link inside the folder that leads out of it (to /etc/passwd, a home folder) is not a recap.
                if isSymbolicLink(child), let root = rootRealPath, let target = realPath(child),
                   target != root, !target.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                    diagnostics.append(.warning(child, "symbolic link leads outside the source folder (to \(target)); not followed"))
                    continue
                }
                switch kind(of: child) {
                case .file:
                    if !SourceWalker.skippedExtensions.contains(fileExtension(name)),
                       !SourceWalker.skippedNames.contains(name.lowercased()) { add(child) }
                case .directory(let childID):
                    walkDirectory(child, id: childID, depth: depth + 1)
                case .other:
                    continue
                case .failed(let code):
                    reportFollowFailure(child, errno: code)
                }
            }
        }

        private mutating func reportFollowFailure(_ path: String, errno code: Int32) {
            switch code {
            case ELOOP: diagnostics.append(.warning(path, "symlink loop; skipped"))
            case ENOENT: diagnostics.append(.warning(path, "broken symlink; skipped"))
            default: diagnostics.append(.warning(path, "cannot read: \(String(cString: strerror(code)))"))
            }
        }

        private func isSymbolicLink(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
        }

        private func realPath(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }

        /// Follows symlinks, as a user who links a folder of posts in expects.
        private func kind(of path: String) -> Kind {
            var info = stat()
            guard stat(path, &info) == 0 else { return .failed(errno: errno) }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory(DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
            default: return .other
            }
        }

        private func fileExtension(_ name: String) -> String {
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
            return name[name.index(after: dot)...].lowercased()
        }

        private func reason(for error: Error) -> String {
            let nsError = error as NSError
            if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(underlying.code)))
            }
            if nsError.code == NSFileReadNoPermissionError { return "permission denied" }
            return nsError.localizedDescription
        }
    }
}
