// Bar charts as inline SVG (io/svg_chart.hpp).

#include "io/svg_chart.hpp"
#include "util/text.hpp"

#include <redress/report_render.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace redress::svg {

namespace {

constexpr int k_width = 480; // scaled to the page: 1.3x on a desktop, 0.8x on a phone
constexpr std::size_t k_colours = 8;

// Numbers in SVG coordinates: one decimal, no locale.
std::string num(double v) { return fmt::format("{:.1f}", v); }

std::string value_text(double v, const std::string& unit) {
  const bool whole = std::fabs(v - std::round(v)) < 1e-9;
  return (whole ? fmt::format("{:.0f}", v) : fmt::format("{:.1f}", v)) + unit;
}

// A round step for a scale of about four steps up to `v`: 1, 2 or 5 times a power of ten,
// and a whole number (charts count complaints).
double nice_step(double v) {
  const double rough = std::max(v / 4.0, 1.0);
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double step : {1.0, 2.0, 5.0, 10.0}) {
    if (step * power >= rough) {
      return step * power;
    }
  }
  return 10 * power;
}

std::string label_of(const BarChart& c, std::size_t i) {
  return c.categories[i] + (i < c.partial.size() && c.partial[i] ? "*" : "");
}

struct Scale {
  double top = 1;
  double step = 1;
};

Scale scale_of(const BarChart& c) {
  if (c.max) {
    return {*c.max, *c.max / 4};
  }
  double top = 0;
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    double sum = 0;
    for (const Series& s : c.series) {
      sum += i < s.values.size() ? s.values[i].value_or(0) : 0;
    }
    top = std::max(top, sum);
  }
  const double step = nice_step(top);
  return {std::max(step, std::ceil(top / step) * step), step};
}

std::string bar(double x, double y, double w, double h, std::size_t series, bool partial, const std::string& tip) {
  return fmt::format("<rect class=\"bar s{}{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}</title></rect>",
                     series % k_colours, partial ? " partial" : "", num(x), num(y), num(std::max(w, 0.0)),
                     num(std::max(h, 0.0)), html_escape(tip));
}

std::string tip_of(const BarChart& c, std::size_t i, const Series& s, double v) {
  std::string tip = label_of(c, i);
  if (c.series.size() > 1) {
    tip += " · " + s.name;
  }
  return tip + ": " + value_text(v, c.unit);
}

std::string vertical(const BarChart& c) {
  const double left = 50, right = 8, top = 10, bottom = 30, height = 200;
  const double plot_w = k_width - left - right, plot_h = height - top - bottom;
  const Scale scale = scale_of(c);
  const double scale_top = scale.top;
  const std::size_t n = std::max<std::size_t>(1, c.categories.size());
  const double slot = plot_w / static_cast<double>(n);
  std::string out = fmt::format("<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">", k_width, num(height),
                                html_escape(c.title));
  for (double tick = 0; tick <= scale_top + 1e-9; tick += scale.step) { // grid lines and the scale
    const double y = top + plot_h - plot_h * tick / scale_top;
    out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", num(left), num(y),
                       num(k_width - right), num(y));
    out += fmt::format("<text class=\"scale\" x=\"{}\" y=\"{}\">{}</text>", num(left - 5), num(y + 4),
                       html_escape(value_text(tick, c.unit)));
  }
  // Label every k-th bar so that labels never overlap (about 8 units a column at 14px).
  int widest = 1;
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    widest = std::max(widest, util::display_width(util::truncate_to_width(label_of(c, i), 11)));
  }
  const double room = 8.0 * widest + 14;
  const std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(room / slot)));
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    const double x = left + slot * static_cast<double>(i);
    const bool partial = i < c.partial.size() && c.partial[i];
    double stacked = 0;
    bool any = false;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      const auto v = i < c.series[s].values.size() ? c.series[s].values[i] : std::nullopt;
      if (!v || *v <= 0) {
        any = any || v.has_value();
        continue;
      }
      any = true;
      const double h = plot_h * std::min(*v, scale_top - stacked) / scale_top;
      stacked += *v;
      const double y = top + plot_h - plot_h * std::min(stacked, scale_top) / scale_top;
      out += bar(x + slot * 0.15, y, slot * 0.7, h, s, partial, tip_of(c, i, c.series[s], *v));
    }
    if (!any) { // no value at all: say so rather than draw a zero
      out += fmt::format("<text class=\"none\" x=\"{}\" y=\"{}\">–</text>", num(x + slot / 2), num(top + plot_h - 4));
    }
    if (i % every == 0) {
      out += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\">{}</text>", num(x + slot / 2),
                         num(top + plot_h + 17), html_escape(util::truncate_to_width(label_of(c, i), 11)));
    }
  }
  return out + "</svg>";
}

std::string horizontal(const BarChart& c) {
  const double label_w = 150, right = 48, row = 26, top = 6;
  const double height = top * 2 + row * static_cast<double>(std::max<std::size_t>(1, c.categories.size()));
  const double plot_w = k_width - label_w - right;
  const double scale_top = scale_of(c).top;
  std::string out = fmt::format("<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">", k_width, num(height),
                                html_escape(c.title));
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    const double y = top + row * static_cast<double>(i);
    out += fmt::format("<text class=\"hlabel\" x=\"{}\" y=\"{}\">{}</text>", num(label_w - 8), num(y + row * 0.65),
                       html_escape(util::truncate_to_width(label_of(c, i), 22)));
    double x = label_w, total = 0;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      const auto v = i < c.series[s].values.size() ? c.series[s].values[i] : std::nullopt;
      if (!v || *v <= 0) {
        continue;
      }
      const double w = plot_w * std::min(*v, scale_top) / scale_top;
      out += bar(x, y + row * 0.18, w, row * 0.64, s, i < c.partial.size() && c.partial[i], tip_of(c, i, c.series[s], *v));
      x += w;
      total += *v;
    }
    out += fmt::format("<text class=\"value\" x=\"{}\" y=\"{}\">{}</text>", num(x + 6), num(y + row * 0.65),
                       html_escape(value_text(total, c.unit)));
  }
  return out + "</svg>";
}

} // namespace

std::string render(const BarChart& c) {
  std::string out = fmt::format("<figure class=\"chart\" id=\"{}\">", html_escape(c.id));
  out += c.horizontal ? horizontal(c) : vertical(c);
  if (c.series.size() > 1) {
    out += "<ul class=\"legend\">";
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      out += fmt::format("<li><span class=\"swatch s{}\"></span><bdi>{}</bdi></li>", s % k_colours,
                         html_escape(c.series[s].name));
    }
    out += "</ul>";
  }
  out += "<figcaption>" + html_escape(c.title);
  if (!c.note.empty()) {
    out += "<br><small>" + html_escape(c.note) + "</small>";
  }
  return out + "</figcaption></figure>";
}

} // namespace redress::svg
