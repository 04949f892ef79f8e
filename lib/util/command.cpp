#include "util/command.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace redress::util {

SplitCommand split_command_line(std::string_view line) {
  SplitCommand result;
  std::string word;
  bool in_word = false;
  std::size_t i = 0;
  const auto fail = [&](std::size_t at, std::string message) {
    result.words.clear();
    result.problem = std::move(message);
    result.column = static_cast<int>(at) + 1;
    return result;
  };
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ' || c == '\t') {
      if (in_word) {
        result.words.push_back(word);
        word.clear();
        in_word = false;
      }
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\0') {
      return fail(i, "a command is one line");
    }
    in_word = true;
    if (c == '\'') {
      const auto end = line.find('\'', i + 1);
      if (end == std::string_view::npos) {
        return fail(i, "this quote is never closed");
      }
      word += line.substr(i + 1, end - i - 1);
      i = end + 1;
    } else if (c == '"') {
      std::size_t j = i + 1;
      for (; j < line.size() && line[j] != '"'; ++j) {
        if (line[j] == '\\' && j + 1 < line.size() && (line[j + 1] == '"' || line[j + 1] == '\\')) {
          ++j;
        }
        word += line[j];
      }
      if (j >= line.size()) {
        return fail(i, "this quote is never closed");
      }
      i = j + 1;
    } else if (c == '\\') {
      if (i + 1 >= line.size()) {
        return fail(i, "a backslash at the end escapes nothing");
      }
      word += line[i + 1];
      i += 2;
    } else if (std::string_view("|;&<>`$").find(c) != std::string_view::npos) {
      return fail(i, std::string("'") + c +
                         "' means nothing here: the command runs without a shell; put pipelines, "
                         "redirections and variables in a script and name the script");
    } else {
      word += c;
      ++i;
    }
  }
  if (in_word) {
    result.words.push_back(word);
  }
  if (result.words.empty()) {
    return fail(0, "the command is empty");
  }
  return result;
}

namespace {

// words[0] as execve needs it: itself when it names a path, else the first executable of
// that name in PATH.
std::optional<std::string> resolve_program(const std::string& name) {
  if (name.find('/') != std::string::npos) {
    return name;
  }
  const char* path = std::getenv("PATH");
  std::string_view dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  while (true) {
    const auto colon = dirs.find(':');
    std::string dir(dirs.substr(0, colon));
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
    if (colon == std::string_view::npos) {
      return std::nullopt;
    }
    dirs.remove_prefix(colon + 1);
  }
}

void close_fd(int& fd) {
  if (fd >= 0) {
    ::close(fd);
    fd = -1;
  }
}

} // namespace

CommandResult run_command(const std::vector<std::string>& words, std::string_view input,
                          const std::map<std::string, std::string>& environment,
                          std::chrono::seconds timeout) {
  CommandResult result;
  const auto program = resolve_program(words.at(0));
  if (!program) {
    result.error = "'" + words[0] + "' is not a program in PATH";
    return result;
  }
  // Everything the child needs is built before fork(): between fork and exec it may only
  // call async-signal-safe functions (another thread of ours may hold a lock).
  std::vector<std::string> env_text;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string_view entry(*e);
    if (environment.count(std::string(entry.substr(0, entry.find('=')))) == 0) {
      env_text.emplace_back(entry);
    }
  }
  for (const auto& [name, value] : environment) {
    env_text.push_back(name + "=" + value);
  }
  std::vector<char*> envp;
  for (auto& e : env_text) {
    envp.push_back(e.data());
  }
  envp.push_back(nullptr);
  std::vector<std::string> argv_text = words;
  std::vector<char*> argv;
  for (auto& w : argv_text) {
    argv.push_back(w.data());
  }
  argv.push_back(nullptr);

  int in[2], err[2], out[2], status_pipe[2];
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 ||
      ::pipe2(status_pipe, O_CLOEXEC) != 0) {
    result.error = std::string("cannot make pipes: ") + std::strerror(errno);
    return result;
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    result.error = std::string("cannot start it: ") + std::strerror(errno);
    for (int* fd : {&in[0], &in[1], &err[0], &err[1], &out[0], &out[1], &status_pipe[0], &status_pipe[1]}) {
      close_fd(*fd);
    }
    return result;
  }
  if (pid == 0) {
    ::setpgid(0, 0); // its own process group: a timeout ends its children too
    ::signal(SIGPIPE, SIG_DFL);
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    ::execve(program->c_str(), argv.data(), envp.data());
    const int code = errno;
    [[maybe_unused]] const auto ignored = ::write(status_pipe[1], &code, sizeof code);
    ::_exit(127);
  }
  ::setpgid(pid, pid);
  close_fd(in[0]);
  close_fd(err[1]);
  close_fd(out[1]);
  close_fd(status_pipe[1]);
  int exec_errno = 0;
  if (::read(status_pipe[0], &exec_errno, sizeof exec_errno) == static_cast<ssize_t>(sizeof exec_errno)) {
    result.error = "cannot run '" + words[0] + "': " + std::strerror(exec_errno);
  } else {
    result.started = true;
  }
  close_fd(status_pipe[0]);

  // A program that stops reading must not kill us with SIGPIPE.
  struct sigaction ignore {}, previous {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  ::fcntl(in[1], F_SETFL, O_NONBLOCK);
  if (input.empty()) {
    close_fd(in[1]);
  }
  std::size_t written = 0;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[4096];
  while (err[0] >= 0 || out[0] >= 0 || in[1] >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      break;
    }
    pollfd fds[3];
    int n = 0;
    for (int fd : {err[0], out[0]}) {
      if (fd >= 0) {
        fds[n++] = {fd, POLLIN, 0};
      }
    }
    if (in[1] >= 0) {
      fds[n++] = {in[1], POLLOUT, 0};
    }
    if (::poll(fds, static_cast<nfds_t>(n), static_cast<int>(std::min<long long>(left.count(), 1000))) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    for (int k = 0; k < n; ++k) {
      if (fds[k].revents == 0) {
        continue;
      }
      if (fds[k].fd == in[1]) {
        const ssize_t w = ::write(in[1], input.data() + written, input.size() - written);
        if (w > 0) {
          written += static_cast<std::size_t>(w);
        }
        if ((w < 0 && errno != EAGAIN) || written == input.size()) {
          close_fd(in[1]); // done, or it closed its input early
        }
        continue;
      }
      const ssize_t r = ::read(fds[k].fd, buffer, sizeof buffer);
      if (r <= 0) {
        if (fds[k].fd == err[0]) {
          close_fd(err[0]);
        } else {
          close_fd(out[0]);
        }
      } else if (fds[k].fd == err[0] && result.error_output.size() < 65536) {
        result.error_output.append(buffer, static_cast<std::size_t>(r));
      }
    }
  }
  close_fd(in[1]);
  close_fd(err[0]);
  close_fd(out[0]);
  ::sigaction(SIGPIPE, &previous, nullptr);

  int status = 0;
  if (result.timed_out) {
    ::kill(-pid, SIGTERM);
    for (int i = 0; i < 20 && ::waitpid(pid, &status, WNOHANG) == 0; ++i) {
      ::usleep(100000);
    }
    ::kill(-pid, SIGKILL);
  }
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  if (result.error_output.size() > 65536) {
    result.error_output.resize(65536);
  }
  return result;
}

} // namespace redress::util
