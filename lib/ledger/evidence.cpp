#include "ledger/evidence.hpp"

#include "ledger/corrections.hpp"

#include "util/mime.hpp"
#include "util/text.hpp"

#include <redress/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace redress {

namespace {

using Json = nlohmann::json;

std::string size_text(std::int64_t bytes) {
  if (bytes >= (std::int64_t{1} << 20) && bytes % (std::int64_t{1} << 20) == 0) {
    return std::to_string(bytes >> 20) + " MiB";
  }
  if (bytes >= 1024 && bytes % 1024 == 0) {
    return std::to_string(bytes >> 10) + " KiB";
  }
  return std::to_string(bytes) + " bytes";
}

} // namespace

EvidenceSource::EvidenceSource(const std::filesystem::path& path, std::int64_t max_bytes) {
  const std::string shown = path.string();
  m_name = path.filename().string();
  if (m_name.empty() || m_name == "." || m_name == "..") {
    throw Error(Errc::invalid_input, "evidence '" + shown + "' names a folder, not a file");
  }
  if (auto problem = util::text_problem(m_name, util::TextKind::line)) {
    throw Error(Errc::invalid_input, "the name of evidence file '" + shown + "' " + *problem,
                "rename the file");
  }
  // The name is listed raw in CSV, TSV and exports: nothing in it may drive a terminal.
  if (util::sanitize_for_terminal(m_name) != m_name) {
    throw Error(Errc::invalid_input,
                "the name of evidence file '" + util::sanitize_for_terminal(shown) +
                    "' contains a control character or a bidi override",
                "rename the file");
  }
  // Not following a link, and not waiting on a FIFO nobody writes to.
  m_fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (m_fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
      throw Error(Errc::not_found, "no evidence file '" + shown + "'", "nothing was recorded");
    }
    if (error == ELOOP) {
      throw Error(Errc::invalid_input, "evidence '" + shown + "' is a symbolic link; redress keeps only the file itself",
                  "give the path of the file it points to, if that is the evidence");
    }
    throw Error(Errc::failure, "cannot read evidence file '" + shown + "': " + std::strerror(error));
  }
  struct stat st {};
  if (::fstat(m_fd, &st) != 0) {
    const int error = errno;
    ::close(m_fd);
    m_fd = -1;
    throw Error(Errc::failure, "cannot read evidence file '" + shown + "': " + std::strerror(error));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(m_fd);
    m_fd = -1;
    const char* what = S_ISDIR(st.st_mode) ? "a folder" : S_ISFIFO(st.st_mode) ? "a pipe" :
                       S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" : S_ISSOCK(st.st_mode) ? "a socket" : "not a regular file";
    throw Error(Errc::invalid_input, "evidence '" + shown + "' is " + what + "; only regular files are kept");
  }
  if (st.st_size > max_bytes) {
    ::close(m_fd);
    m_fd = -1;
    throw Error(Errc::refused,
                "evidence file '" + shown + "' has " + size_text(st.st_size) + ", more than the " +
                    size_text(max_bytes) + " the policy allows",
                "raise [evidence] max_size in policy.toml, or keep a smaller copy");
  }
  std::array<char, 512> head{};
  const ssize_t got = ::pread(m_fd, head.data(), head.size(), 0);
  m_type = util::sniff_media_type(std::string_view(head.data(), got > 0 ? static_cast<std::size_t>(got) : 0), m_name);
}

EvidenceSource::~EvidenceSource() {
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

EvidenceSource::EvidenceSource(EvidenceSource&& other) noexcept
    : m_fd(other.m_fd), m_name(std::move(other.m_name)), m_type(std::move(other.m_type)) {
  other.m_fd = -1;
}

std::vector<EvidenceSource> open_evidence(const std::vector<std::filesystem::path>& paths,
                                          std::int64_t max_bytes) {
  std::vector<EvidenceSource> sources;
  sources.reserve(paths.size());
  for (const auto& path : paths) {
    sources.emplace_back(path, max_bytes);
  }
  return sources;
}

EvidenceBatch::~EvidenceBatch() {
  for (const auto& sha256 : m_created) {
    try {
      m_files.remove(sha256);
    } catch (...) {
      // A stray file the record never names is harmless; the failure that got us here matters.
    }
  }
}

std::vector<RecordedFile> EvidenceBatch::put(const std::vector<EvidenceSource>& sources, std::int64_t max_bytes) {
  std::vector<RecordedFile> files;
  for (const auto& source : sources) {
    const store::StoredFile stored = m_files.put(source.fd(), max_bytes);
    if (stored.created) {
      m_created.push_back(stored.sha256);
    }
    files.push_back(RecordedFile{stored.sha256, stored.size, source.type(), source.name()});
  }
  return files;
}

namespace {

Json files_json(const std::vector<RecordedFile>& files) {
  Json list = Json::array();
  for (const auto& f : files) {
    list.push_back(Json{{"sha256", f.sha256}, {"size", f.size}, {"type", f.type}});
  }
  return list;
}

} // namespace

void add_evidence(Complaint& c, const std::vector<std::string>& labels,
                  const std::vector<RecordedFile>& files, Json& data, Json& personal) {
  if (labels.empty() && files.empty()) {
    return;
  }
  std::vector<std::string> names;
  for (const auto& label : labels) {
    c.evidence.push_back(label);
  }
  for (const auto& f : files) {
    c.evidence.push_back(f.name);
    names.push_back(f.name);
  }
  if (!files.empty()) {
    data["evidence_files"] = files_json(files);
    personal["evidence_file_names"] = names;
  }
  if (!labels.empty()) {
    personal["evidence_notes"] = labels;
  }
  personal["evidence"] = c.evidence;
}

void write_evidence_files(util::JsonText& data, const std::vector<RecordedFile>& files) {
  if (files.empty()) {
    return;
  }
  data.key("evidence_files").begin_array();
  for (const auto& f : files) {
    data.begin_object().member("sha256", f.sha256);
    data.key("size").integer(f.size);
    data.member("type", f.type).end_object();
  }
  data.end_array();
}

std::vector<EvidenceItem> evidence_of(const std::vector<Event>& events) {
  const std::vector<std::int64_t> undone = undone_event_ids(events);
  std::vector<EvidenceItem> items;
  int number = 0;
  bool first = true;
  for (const Event& e : events) {
    const Json data = Json::parse(e.data, nullptr, false);
    const Json personal = e.personal ? Json::parse(*e.personal, nullptr, false) : Json();
    const bool is_undone = std::find(undone.begin(), undone.end(), e.id) != undone.end();
    const auto item = [&](std::string name) {
      EvidenceItem i;
      i.name = std::move(name);
      i.at = e.at;
      i.actor = e.actor;
      i.event_type = e.type;
      i.undone = is_undone;
      return i;
    };
    std::vector<std::string> names;
    if (personal.is_object() && personal.contains("evidence_file_names")) {
      names = personal.at("evidence_file_names").get<std::vector<std::string>>();
    }
    // Labels: the first event's list without its files' names, and each later step's notes.
    std::vector<std::string> labels;
    if (first && personal.is_object() && personal.contains("evidence")) {
      labels = personal.at("evidence").get<std::vector<std::string>>();
      for (const auto& n : names) {
        const auto it = std::find(labels.begin(), labels.end(), n);
        if (it != labels.end()) {
          labels.erase(it);
        }
      }
    } else if (personal.is_object() && personal.contains("evidence_notes")) {
      labels = personal.at("evidence_notes").get<std::vector<std::string>>();
    }
    first = false;
    for (auto& label : labels) {
      EvidenceItem i = item(std::move(label));
      i.type = "label";
      items.push_back(std::move(i));
    }
    if (!data.is_object() || !data.contains("evidence_files")) {
      continue;
    }
    const Json& files = data.at("evidence_files");
    for (std::size_t k = 0; k < files.size(); ++k) {
      EvidenceItem i = item(k < names.size() ? names[k] : std::string("(name erased)"));
      i.number = ++number;
      i.sha256 = files[k].value("sha256", "");
      i.size = files[k].value("size", std::int64_t{0});
      i.type = files[k].value("type", "application/octet-stream");
      items.push_back(std::move(i));
    }
  }
  return items;
}

} // namespace redress

#include "ledger/ledger_impl.hpp"

namespace redress {

std::vector<EvidenceItem> Ledger::evidence(std::string_view reference) {
  Impl& impl = *m_impl;
  const ReferenceQuery query = impl.reference_query(reference);
  std::vector<EvidenceItem> items;
  impl.store->snapshot([&] {
    const auto c = impl.find(query);
    if (!c) {
      throw Error(Errc::not_found, "no complaint " + impl.describe(query) + " in this ledger");
    }
    std::vector<Event> events;
    impl.store->events_of(c->id, [&](const Event& e) { events.push_back(e); });
    items = evidence_of(events);
  });
  return items;
}

EvidenceItem Ledger::read_evidence(std::string_view reference, int number, std::ostream& out) {
  const std::vector<EvidenceItem> items = evidence(reference);
  int files = 0;
  for (const EvidenceItem& item : items) {
    files += item.number > 0 ? 1 : 0;
    if (item.number == number) {
      // A file only erased complaints named was removed by the erasure (redress/erasure.hpp).
      if (!m_impl->store->evidence_named(item.sha256)) {
        throw Error(Errc::not_found, get(reference).reference + "'s evidence file " + std::to_string(number) +
                                         " was removed when its personal data was erased");
      }
      m_impl->store->evidence().read(item.sha256, out);
      return item;
    }
  }
  throw Error(Errc::not_found,
              get(reference).reference + " has no evidence file " + std::to_string(number),
              files == 0 ? "it has no evidence files" : "its files are numbered 1 to " + std::to_string(files));
}

} // namespace redress
