import DossierThreatModel
import Foundation

/// The geometry of a model diagram's picture: smooth curves through a
/// flow's stored points, where a line leaves an element's outline, and how
/// much room a label takes. Everything is in the file's own coordinates.
enum DiagramGeometry {
    /// A smooth curve through every point (Catmull-Rom, as cubic Béziers):
    /// the tools draw flows as curves through their handle or vertices.
    struct Curve {
        let points: [ModelPoint]

        /// The two control points of each segment between neighbouring points.
        private var controls: [(ModelPoint, ModelPoint)] {
            points.indices.dropLast().map { index in
                let before = points[max(0, index - 1)]
                let start = points[index]
                let end = points[index + 1]
                let after = points[min(points.count - 1, index + 2)]
                return (ModelPoint(x: start.x + (end.x - before.x) / 6, y: start.y + (end.y - before.y) / 6),
                        ModelPoint(x: end.x - (after.x - start.x) / 6, y: end.y - (after.y - start.y) / 6))
            }
        }

        /// The `d` of an SVG path, in whole pixels.
        var pathData: String {
            guard let first = points.first else { return "" }
            var data = "M\(whole(first.x)) \(whole(first.y))"
            for (index, control) in controls.enumerated() {
                let end = points[index + 1]
                data += " C\(whole(control.0.x)) \(whole(control.0.y)) \(whole(control.1.x)) \(whole(control.1.y)) "
                    + "\(whole(end.x)) \(whole(end.y))"
            }
            return data
        }

        /// Points along the curve, for its extent and its middle.
        var samples: [ModelPoint] {
            guard let first = points.first else { return [] }
            var samples = [first]
            for (index, control) in controls.enumerated() {
                let start = points[index]
                let end = points[index + 1]
                for step in 1...16 {
                    // The Bernstein weights of the four points at t.
                    let t = Double(step) / 16
                    let u = 1 - t
                    let weights = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
                    samples.append(ModelPoint(
                        x: weights.0 * start.x + weights.1 * control.0.x + weights.2 * control.1.x + weights.3 * end.x,
                        y: weights.0 * start.y + weights.1 * control.0.y + weights.2 * control.1.y + weights.3 * end.y))
                }
            }
            return samples
        }

        /// The point half way along the curve: where its label goes.
        var middle: ModelPoint? {
            let samples = samples
            guard samples.count > 1 else { return samples.first }
            var lengths = [0.0]
            for index in samples.indices.dropFirst() {
                lengths.append(lengths[index - 1] + distance(samples[index - 1], samples[index]))
            }
            let half = lengths[lengths.count - 1] / 2
            let index = lengths.firstIndex { $0 >= half } ?? samples.count - 1
            return samples[index]
        }

        /// The direction the curve arrives in at its end, for the arrowhead.
        var arrivalDirection: ModelPoint? {
            guard points.count > 1, let control = controls.last?.1, let end = points.last else { return nil }
            let from = distance(control, end) > 0.5 ? control : points[points.count - 2]
            let length = distance(from, end)
            guard length > 0 else { return nil }
            return ModelPoint(x: (end.x - from.x) / length, y: (end.y - from.y) / length)
        }
    }

    static func distance(_ a: ModelPoint, _ b: ModelPoint) -> Double { hypot(b.x - a.x, b.y - a.y) }

    static func whole(_ value: Double) -> Int { Int(value.rounded()) }

    /// Where a line from `inside` towards `toward` leaves the element's
    /// outline: Threat Dragon attaches a flow to a cell, and its end would
    /// otherwise be the cell's centre.
    static func exit(from inside: ModelPoint, toward: ModelPoint, frame: ModelRect, isEllipse: Bool) -> ModelPoint {
        let dx = toward.x - inside.x
        let dy = toward.y - inside.y
        let center = frame.center
        guard dx != 0 || dy != 0 else { return inside }
        var t: Double
        if isEllipse {
            // Solve |(inside + t·d − centre) / radii| = 1 for the larger t.
            let rx = max(frame.width / 2, 1)
            let ry = max(frame.height / 2, 1)
            let ox = (inside.x - center.x) / rx
            let oy = (inside.y - center.y) / ry
            let ax = dx / rx
            let ay = dy / ry
            let a = ax * ax + ay * ay
            let b = 2 * (ox * ax + oy * ay)
            let c = ox * ox + oy * oy - 1
            t = (-b + (b * b - 4 * a * c).squareRoot()) / (2 * a)
        } else {
            let tx = dx > 0 ? (frame.x + frame.width - inside.x) / dx : dx < 0 ? (frame.x - inside.x) / dx : .infinity
            let ty = dy > 0 ? (frame.y + frame.height - inside.y) / dy : dy < 0 ? (frame.y - inside.y) / dy : .infinity
            t = min(tx, ty)
        }
        t = min(max(t, 0), 1)
        return ModelPoint(x: inside.x + t * dx, y: inside.y + t * dy)
    }

    /// Whether `point` lies well inside `frame`: a stored end on the
    /// outline (a `.tm7` port) is kept as it is.
    static func isDeepInside(_ point: ModelPoint, _ frame: ModelRect) -> Bool {
        let margin = min(10, frame.width / 4, frame.height / 4)
        return point.x > frame.x + margin && point.x < frame.x + frame.width - margin
            && point.y > frame.y + margin && point.y < frame.y + frame.height - margin
    }

    // MARK: Text

    /// About the width of an average character of the sans-serif face at
    /// `size` pixels; labels are measured with it to keep them in view.
    static func textWidth(_ text: String, size: Int) -> Double { Double(text.count) * Double(size) * 0.56 }

    /// A name as lines of at most `limit` characters, broken at spaces and
    /// at the line breaks it has; a longer word stays whole.
    static func wrapped(_ text: String, limit: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= limit {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            if !line.isEmpty { lines.append(line) }
        }
        return lines
    }
}
