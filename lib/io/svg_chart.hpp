#pragma once
// Bar charts as inline SVG, drawn without any library or script: vertical bars (stacked when
// there are several series) or horizontal bars with their labels. Colours come from classes
// (.s0 ... .s7 in the page's style sheet), every text is escaped.

#include <optional>
#include <string>
#include <vector>

namespace redress::svg {

struct Series {
  std::string name;
  std::vector<std::optional<double>> values; // one per category; nullopt: no value
};

struct BarChart {
  std::string id;                      // the figure's id: "chart-sla-compliance"
  std::string title;                   // caption and accessible name
  std::vector<std::string> categories; // bar labels, in order
  std::vector<bool> partial;           // per category: drawn hatched, label marked "*"
  std::vector<Series> series;          // stacked when more than one
  std::optional<double> max;           // the scale's top (100 for percentages); else from the data
  std::string unit;                    // appended to values: "%"
  bool horizontal = false;
  std::string note;                    // a line under the chart
};

/// The chart as a <figure> holding an <svg>, a legend (several series) and a caption.
std::string render(const BarChart& chart);

} // namespace redress::svg
