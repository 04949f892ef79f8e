#pragma once
// Evidence files: opening what a user names, storing it with the step that records it, and
// reading back what a complaint's events hold (SPEC §6 `--evidence`, `attach`, `evidence`).
//
// Rules:
// - A file is opened before anything is written: missing, it is Error{not_found} (exit 3) and
//   nothing is filed. Only a regular file is taken, and never through a symbolic link (a link
//   planted where a file was expected could carry /etc/shadow or a private key into the
//   record): a FIFO, a device (/dev/zero), a folder or a link is Error{invalid_input}. A file
//   larger than the policy's `[evidence] max_size` is Error{refused}. Its name (the last part
//   of the path) must be a line of text (no control characters, valid UTF-8).
// - The event that brings files holds, for each, its digest, size and media type in `data`
//   (`evidence_files`: the chain covers the digest) and its name in `personal`
//   (`evidence_file_names`, in the same order: a file name may name a person), and the
//   complaint's evidence list with the names added (`evidence`).

#include "store/evidence_files.hpp"
#include "util/json_text.hpp"

#include <redress/complaint.hpp>
#include <redress/evidence.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace redress {

/// A file to store, open and checked.
class EvidenceSource {
public:
  /// Opens `path` under the rules above.
  EvidenceSource(const std::filesystem::path& path, std::int64_t max_bytes);
  ~EvidenceSource();
  EvidenceSource(EvidenceSource&& other) noexcept;
  EvidenceSource& operator=(EvidenceSource&&) = delete;
  EvidenceSource(const EvidenceSource&) = delete;
  EvidenceSource& operator=(const EvidenceSource&) = delete;

  [[nodiscard]] int fd() const { return m_fd; }
  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] const std::string& type() const { return m_type; }

private:
  int m_fd = -1;
  std::string m_name;
  std::string m_type;
};

/// Opens every path (the first problem throws; nothing is open then).
std::vector<EvidenceSource> open_evidence(const std::vector<std::filesystem::path>& paths,
                                          std::int64_t max_bytes);

/// A file stored for an event.
struct RecordedFile {
  std::string sha256;
  std::int64_t size = 0;
  std::string type;
  std::string name;
};

/// Puts files into the evidence store inside a write transaction, and takes back the ones it
/// created when that transaction fails: destroyed before keep(), it removes them (it runs
/// while the transaction's lock is still held, so no other writer can have come to rely on
/// them).
class EvidenceBatch {
public:
  explicit EvidenceBatch(store::EvidenceFiles& files) : m_files(files) {}
  ~EvidenceBatch();
  EvidenceBatch(const EvidenceBatch&) = delete;
  EvidenceBatch& operator=(const EvidenceBatch&) = delete;

  std::vector<RecordedFile> put(const std::vector<EvidenceSource>& sources, std::int64_t max_bytes);
  void keep() { m_created.clear(); }

private:
  store::EvidenceFiles& m_files;
  std::vector<std::string> m_created;
};

/// Adds `labels` and the names of `files` to the complaint's evidence list, and records them in
/// an event: `evidence_files` in `data`, `evidence_file_names` and the new `evidence` list in
/// `personal` (nothing when both are empty).
void add_evidence(Complaint& c, const std::vector<std::string>& labels,
                  const std::vector<RecordedFile>& files, nlohmann::json& data, nlohmann::json& personal);
/// The same for a new complaint's first event, whose personal text holds the list already:
/// writes `evidence_files` into `data` and returns the names for its personal text.
void write_evidence_files(util::JsonText& data, const std::vector<RecordedFile>& files);

/// The evidence a complaint's events hold, in order (redress/evidence.hpp): the files numbered
/// from 1, the labels of its first event and of later steps; events undone by a later `undone`
/// are marked.
std::vector<EvidenceItem> evidence_of(const std::vector<Event>& events);

} // namespace redress
