import Foundation
import Testing
@testable import GazetteKit

@Suite struct SourceWalkerTests {
    let walker = SourceWalker()

    // `_index.md` is walked: selection, not the walk, keeps list pages out, so the dry run can say so.
    @Test func foldersAreWalkedRecursivelyInByteOrderSkippingHiddenMediaAndNonPosts() {
        let folder = TemporaryFolder()
        folder.write("b.md", "x")
        folder.write("A.md", "x")
        folder.write("sub/z.txt", "x")
        folder.write("sub/deeper/c.html", "x")
        folder.write("sub/cover.JPG", "x")
        folder.write("sub/_index.md", "x")
        folder.write("subscribers.csv", "email,name,language")
        folder.write("outbox/ledger.sqlite", "x")
        folder.write("README.md", "x")
        folder.write(".hidden.md", "x")
        folder.write(".git/config", "x")
        folder.write("a.md", "x")
        let listing = walker.files(in: [folder.path])
        let relative = listing.files.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(relative == ["A.md", "a.md", "b.md", "sub/_index.md", "sub/deeper/c.html", "sub/z.txt"])
        #expect(listing.diagnostics.isEmpty)
    }

    @Test func explicitFilesAreKeptInOrderOnce() {
        let folder = TemporaryFolder()
        let second = folder.write("2.md", "x")
        let first = folder.write("1.png", "x")
        let listing = walker.files(in: [second, first, second])
        #expect(listing.files == [second, first])
    }

    @Test func missingPathIsAnError() {
        let listing = walker.files(in: ["/nonexistent/gazette/\(UUID().uuidString)"])
        #expect(listing.files.isEmpty)
        #expect(listing.diagnostics.count == 1)
        #expect(listing.diagnostics.first?.severity == .error)
        #expect(listing.diagnostics.first?.message == "no such file or folder")
    }

    @Test func symlinkLoopsAreWarnedNotFollowed() throws {
        let folder = TemporaryFolder()
        folder.write("posts/one.md", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/posts/again", withDestinationPath: folder.path + "/posts")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/posts/self", withDestinationPath: folder.path + "/posts/self")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/posts/gone", withDestinationPath: folder.path + "/nowhere")
        let listing = walker.files(in: [folder.path])
        #expect(listing.files == [folder.path + "/posts/one.md"])
        let messages = listing.diagnostics.map(\.message)
        #expect(listing.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(messages.contains("symlink loop: this folder contains itself; not followed"))
        #expect(messages.contains("symlink loop; skipped"))
        #expect(messages.contains("broken symlink; skipped"))
    }

    @Test func aSourceThatIsASymlinkLoopIsAWarning() throws {
        let folder = TemporaryFolder()
        let loop = folder.path + "/loop"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let listing = walker.files(in: [loop])
        #expect(listing.files.isEmpty)
        #expect(listing.diagnostics == [.warning(loop, "symlink loop; skipped")])
    }

    @Test(.enabled(if: getuid() != 0, "root reads everything")) func unreadableFolderIsAWarning() throws {
        let folder = TemporaryFolder()
        let locked = folder.makeFolder("locked")
        folder.write("locked/x.md", "x")
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        let listing = walker.files(in: [folder.path])
        #expect(listing.files.isEmpty)
        #expect(listing.diagnostics.first?.message.hasPrefix("cannot read folder") == true)
    }
}
