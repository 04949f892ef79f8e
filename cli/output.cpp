#include "output.hpp"

#include <redress/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/random.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>

namespace redress::cli {

StdioBuffer::int_type StdioBuffer::overflow(int_type ch) {
  if (traits_type::eq_int_type(ch, traits_type::eof())) {
    return traits_type::not_eof(ch);
  }
  return std::fputc(ch, m_file) == EOF ? traits_type::eof() : ch;
}

std::streamsize StdioBuffer::xsputn(const char* s, std::streamsize n) {
  return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<std::size_t>(n), m_file));
}

int StdioBuffer::sync() { return std::fflush(m_file) == 0 ? 0 : -1; }

namespace {

// A name no one can guess: in a shared folder another user could otherwise plant a symlink
// under it beforehand and have the export written through it onto any file we may write.
std::string random_suffix() {
  unsigned char bytes[9];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0 && errno != EINTR) {
      throw Error(Errc::failure, std::string("cannot pick a temporary file name: ") + std::strerror(errno));
    }
    got += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  static constexpr char k_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  for (const unsigned char b : bytes) {
    out += k_digits[b % 36];
    out += k_digits[(b / 36) % 36];
  }
  return out;
}

// Creates a new file beside `target` (same folder, so the final rename stays on one file system)
// under a random name: O_EXCL and O_NOFOLLOW refuse anything already there, a symlink included,
// and a name taken by chance is retried with another.
std::FILE* open_beside(const std::filesystem::path& target, std::filesystem::path& temporary) {
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  if (!std::filesystem::is_directory(folder)) {
    throw Error(Errc::not_found, "cannot write " + target.string() + ": no folder " + folder.string());
  }
  // The new file is renamed over the name: over a device, a FIFO or a socket that would replace
  // it (a host's /dev/null with a private file), so only a regular file may stand there. stat
  // follows links: a link to a device (/dev/stdout) is refused too; a link to a regular file is
  // replaced itself, never what it points to.
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    throw Error(Errc::invalid_input,
                "cannot write " + target.string() + ": it is " +
                    (S_ISDIR(st.st_mode) ? "a folder" : "not a regular file (a device, FIFO or socket)"),
                "give a file name; without -o the output goes to standard output");
  }
  for (int attempt = 0; attempt < 100; ++attempt) {
    temporary = folder / ("." + target.filename().string() + ".redress-" + random_suffix());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) {
      continue;
    }
    if (fd < 0) {
      break;
    }
    if (std::FILE* file = ::fdopen(fd, "wb")) {
      return file;
    }
    const int saved = errno;
    ::close(fd);
    ::unlink(temporary.c_str());
    errno = saved;
    break;
  }
  const std::string why = std::strerror(errno);
  temporary.clear();
  throw Error(Errc::failure, "cannot write " + target.string() + ": " + why);
}

// The temporary files being written, for a signal handler: Ctrl-C, a kill or a closed terminal
// during an export or an import with --rejects would otherwise leave a hidden, half-written file
// of personal data beside its target. The handler removes them and dies of the same signal.
// A slot's path is complete before it is marked used (the handler may run on any thread).
constexpr std::size_t k_pending_slots = 8;
char g_pending[k_pending_slots][PATH_MAX];
volatile std::sig_atomic_t g_pending_used[k_pending_slots];

extern "C" void remove_pending_and_die(int signal_number) {
  for (std::size_t i = 0; i < k_pending_slots; ++i) {
    if (g_pending_used[i] != 0) {
      ::unlink(g_pending[i]);
    }
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void install_handlers() {
  static bool installed = false;
  if (installed) {
    return;
  }
  installed = true;
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    // Left alone when ignored (nohup, a cron wrapper): ignoring it is what was asked for.
    if (::sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler != SIG_IGN) {
      struct sigaction action {};
      action.sa_handler = remove_pending_and_die;
      sigemptyset(&action.sa_mask);
      ::sigaction(signal_number, &action, nullptr);
    }
  }
}

// A slot for `path`, or -1 when all are taken or the path is too long (then it is only removed
// the usual way, when the command fails).
int remember_pending(const std::filesystem::path& path) {
  const std::string& text = path.native();
  if (text.size() >= PATH_MAX) {
    return -1;
  }
  for (std::size_t i = 0; i < k_pending_slots; ++i) {
    if (g_pending_used[i] == 0) {
      std::memcpy(g_pending[i], text.c_str(), text.size() + 1);
      std::atomic_signal_fence(std::memory_order_seq_cst);
      g_pending_used[i] = 1;
      install_handlers();
      return static_cast<int>(i);
    }
  }
  return -1;
}

void forget_pending(int slot) {
  if (slot >= 0) {
    g_pending_used[slot] = 0;
    std::atomic_signal_fence(std::memory_order_seq_cst);
  }
}

// A command's output never replaces the ledger itself, nor the file the command reads: both
// would be lost with a success message (`import --rejects .redress/ledger.db`,
// `import f.csv --rejects f.csv`).
void refuse_precious(const std::filesystem::path& target, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path folder = fs::weakly_canonical(fs::absolute(target, ec).parent_path(), ec);
  if (!ec) {
    for (const auto& part : folder) {
      if (part == ".redress") {
        throw Error(Errc::usage, "cannot write " + target.string() + ": it is inside a ledger's .redress folder",
                    "write it somewhere else; that folder holds the ledger's database and policy");
      }
    }
  }
  for (const auto& input : inputs) {
    if (input.empty() || input == "-") {
      continue;
    }
    if (fs::equivalent(target, input, ec) && !ec) {
      throw Error(Errc::usage, "cannot write " + target.string() + ": it is the file being read",
                  "give another file name");
    }
  }
}

} // namespace

OutputFile::OutputFile(const std::optional<std::string>& path, const std::vector<std::string>& inputs)
    : m_file(stdout), m_buffer(stdout), m_stream(&m_buffer) {
  if (path && !path->empty() && *path != "-") {
    refuse_precious(*path, inputs);
    m_target = *path;
    m_file = open_beside(m_target, m_temporary);
    m_pending_slot = remember_pending(m_temporary);
    m_buffer = StdioBuffer(m_file);
    m_stream.rdbuf(&m_buffer);
  }
}

OutputFile::~OutputFile() {
  if (!m_temporary.empty()) {
    if (m_file != nullptr) {
      std::fclose(m_file);
    }
    if (!m_committed) {
      std::error_code ignored;
      std::filesystem::remove(m_temporary, ignored);
    }
    forget_pending(m_pending_slot);
  }
}

void OutputFile::commit() {
  m_stream.flush();
  if (m_temporary.empty()) {
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      throw Error(Errc::failure, "writing to standard output failed");
    }
    return;
  }
  const bool ok = m_stream && std::fflush(m_file) == 0 && !std::ferror(m_file) && ::fsync(::fileno(m_file)) == 0;
  const int closed = std::fclose(m_file);
  m_file = nullptr;
  if (!ok || closed != 0) {
    throw Error(Errc::failure, "writing " + m_target.string() + " failed (disk full?)");
  }
  std::error_code ec;
  std::filesystem::rename(m_temporary, m_target, ec);
  if (ec) {
    throw Error(Errc::failure, "cannot write " + m_target.string() + ": " + ec.message());
  }
  m_committed = true;
}

} // namespace redress::cli
