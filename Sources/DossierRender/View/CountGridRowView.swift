import Mustache

public struct CountGridRowView: Sendable {
    public var title: String
    /// One cell per column: a count, or a word for an empty cell ("none", "n/a").
    public var cells: [String]
}

extension CountGridRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "cells": self.cells
        default: nil
        }
    }
}
