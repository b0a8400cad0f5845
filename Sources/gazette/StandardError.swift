import Foundation

func printError(_ line: String) {
    FileHandle.standardError.write(Data("gazette: \(line)\n".utf8))
}
