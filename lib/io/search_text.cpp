// `search` hits as a terminal table, flat cells (CSV, TSV) and JSON (redress/render.hpp).

#include <redress/render.hpp>
#include <redress/search.hpp>

#include <nlohmann/json.hpp>

namespace redress {

TextTable search_hit_table(const std::vector<SearchHit>& hits, const TimeZone& zone, Instant now) {
  // The snippet is the free text: it goes last and gives way first on a narrow terminal; it
  // is cut around its match, so what is left of it still shows the match. Before it is cut
  // below 30 columns, the category, the receipt date and where it was found go.
  enum Column : std::size_t { reference, status, received, category, found_in, snippet };
  TextTable table{{"reference", "status", "received", "category", "found in", "snippet"}, {}, {}, {}, 1};
  table.drop_order = {category, received, found_in};
  table.min_free_width = 30;
  for (const SearchHit& hit : hits) {
    const Complaint& c = hit.complaint;
    std::vector<std::string> row{c.reference, std::string(to_string(c.status)), format_local_short(c.received_at, zone),
                                 c.category, std::string(to_string(hit.field)), hit.snippet};
    std::vector<std::string> compact = row;
    compact[received] = format_local_compact(c.received_at, zone, now);
    table.rows.push_back(std::move(row));
    table.compact_rows.push_back(std::move(compact));
  }
  return table;
}

const std::vector<std::string>& search_hit_columns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> all = complaint_columns();
    all.emplace_back("match_field");
    all.emplace_back("snippet");
    return all;
  }();
  return columns;
}

const std::vector<bool>& search_hit_numeric_columns() {
  static const std::vector<bool> numeric = [] {
    std::vector<bool> all = complaint_numeric_columns();
    all.push_back(false);
    all.push_back(false);
    return all;
  }();
  return numeric;
}

std::vector<std::string> search_hit_cells(const SearchHit& hit, const TimeZone& zone) {
  std::vector<std::string> cells = complaint_cells(hit.complaint, zone, false);
  cells.emplace_back(to_string(hit.field));
  cells.push_back(hit.snippet);
  return cells;
}

std::string search_hit_json(const SearchHit& hit, int indent) {
  nlohmann::ordered_json j;
  j["complaint"] = nlohmann::ordered_json::parse(complaint_json(hit.complaint, nullptr, false, -1));
  j["match"] = {{"field", to_string(hit.field)}, {"snippet", hit.snippet}};
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace redress
