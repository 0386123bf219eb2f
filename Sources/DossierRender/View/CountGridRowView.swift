import DossierMustache

public struct CountGridRowView: Sendable {
    public var title: String
    /// One cell per column: a count, or a word for an empty cell ("none", "n/a").
    public var cells: [String]
}

extension CountGridRowView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": TemplateValue(self.title)
        case "cells": TemplateValue(self.cells)
        default: .null
        }
    }
}
