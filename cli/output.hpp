#pragma once
// Where a command writes what it produces: standard output, or a file written beside its
// final name and renamed into place only when the command succeeds, so a failed export never
// leaves half a file behind. Files are created owner-only: exports hold personal data.

#include <cstdio>
#include <filesystem>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace redress::cli {

/// A std::streambuf over a C FILE*, so streams and Context::out share stdout's buffer.
class StdioBuffer : public std::streambuf {
public:
  explicit StdioBuffer(std::FILE* file) : m_file(file) {}

protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

private:
  std::FILE* m_file;
};

class OutputFile {
public:
  /// `path` empty or "-": standard output. Otherwise creates a temporary file in the same
  /// folder; Error{not_found} when the folder does not exist, Error{failure} when it cannot be
  /// written. Refused with Error{usage}: a path inside a ledger's `.redress/` folder (it would
  /// replace the ledger's database or policy), and a path that is the same file as one of
  /// `inputs` (the file the command reads, which it would replace).
  explicit OutputFile(const std::optional<std::string>& path, const std::vector<std::string>& inputs = {});
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return m_stream; }
  /// Flushes and, for a file, moves it to its final name. Error{failure} on a write error.
  void commit();

private:
  std::FILE* m_file = nullptr;
  std::filesystem::path m_target;
  std::filesystem::path m_temporary;
  StdioBuffer m_buffer;
  std::ostream m_stream;
  bool m_committed = false;
  int m_pending_slot = -1; // removed by a signal handler if the command is killed meanwhile
};

} // namespace redress::cli
