import DossierMustache

struct CountGridRowView: Sendable {
    var title: String
    /// One cell per column: a count, or a word for an empty cell ("none", "n/a").
    var cells: [String]
}

extension CountGridRowView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "title": TemplateValue(self.title)
        case "cells": TemplateValue(self.cells)
        default: .null
        }
    }
}
