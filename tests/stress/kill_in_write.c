/* A test-only LD_PRELOAD shim for tests/stress/crash.sh: it counts the writes and syncs that a
 * process makes to an SQLite write-ahead log (a file whose name ends in "-wal") and, at the Nth
 * of them, kills the process with SIGKILL before that write or sync happens. A kill placed this
 * way lands inside a write transaction for certain, which a kill after a random delay does not.
 *
 *   KILL_AT_WAL_OP=N   kill at the Nth write or sync of the WAL (0 or unset: only count)
 *   KILL_AT_WAL_OP=commit
 *                      kill at the first sync of the WAL after a commit frame was written
 *                      whole: the transaction is then in the log, only not yet synced
 *   KILL_LOG=FILE      append one line per process: "killed N <call>" when it killed, or
 *                      "finished M" with the count when the process ended on its own
 *
 * SQLite is linked into redress statically, but it calls libc's write, pwrite64, fsync and
 * fdatasync through the PLT (its VFS keeps pointers to them), so these definitions win. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void*, size_t);
typedef ssize_t (*pwrite_fn)(int, const void*, size_t, off_t);
typedef ssize_t (*pwrite64_fn)(int, const void*, size_t, off64_t);
typedef int (*sync_fn)(int);

static long kill_at = -1; /* -1: not read yet; 0: only count */
static int kill_at_commit = 0;
static int commit_written = 0; /* a commit frame's header was written; its page comes next */
static int commit_whole = 0;   /* ... and so was its page */
static long wal_ops = 0;

static void note(const char* line) {
  const char* log = getenv("KILL_LOG");
  if (log == NULL || *log == '\0') {
    return;
  }
  const int fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd >= 0) {
    /* One write with O_APPEND: lines from processes never interleave. Not through the
     * interposed write below: this file is not a WAL, but the counting is not needed either. */
    const write_fn real_write = (write_fn)dlsym(RTLD_NEXT, "write");
    if (real_write != NULL) {
      (void)real_write(fd, line, strlen(line));
    }
    close(fd);
  }
}

static int is_wal(int fd) {
  char link[64];
  char path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, path, sizeof path - 1);
  if (n < 4) {
    return 0;
  }
  path[n] = '\0';
  return strcmp(path + n - 4, "-wal") == 0;
}

/* Counts one WAL operation and kills the process when it is the chosen one. `buf` and `count`
 * are what a write writes (NULL for a sync). A WAL frame is written as a 24-byte header, then
 * the page; bytes 4-7 of the header are non-zero only in the frame that commits. */
static void wal_op(int fd, const char* call, const void* buf, size_t count) {
  if (!is_wal(fd)) {
    return;
  }
  if (kill_at < 0) {
    const char* n = getenv("KILL_AT_WAL_OP");
    kill_at_commit = n != NULL && strcmp(n, "commit") == 0;
    kill_at = n != NULL && !kill_at_commit ? atol(n) : 0;
  }
  ++wal_ops;
  const int sync = buf == NULL;
  if (kill_at_commit && sync && commit_whole) {
    kill_at = wal_ops;
  }
  if (!sync && commit_written) {
    commit_whole = 1;
  }
  if (!sync && count == 24) {
    const unsigned char* header = (const unsigned char*)buf;
    commit_written = (header[4] | header[5] | header[6] | header[7]) != 0;
  }
  if (kill_at > 0 && wal_ops == kill_at) {
    char line[128];
    snprintf(line, sizeof line, "killed %ld %s\n", wal_ops, call);
    note(line);
    kill(getpid(), SIGKILL);
  }
}

__attribute__((destructor)) static void report(void) {
  char line[64];
  snprintf(line, sizeof line, "finished %ld\n", wal_ops);
  note(line);
}

/* The libc function `name`, looked up once. */
#define NEXT(type, name) \
  static type real = NULL; \
  if (real == NULL) { \
    real = (type)dlsym(RTLD_NEXT, name); \
  }

ssize_t write(int fd, const void* buf, size_t count) {
  NEXT(write_fn, "write");
  wal_op(fd, "write", buf, count);
  return real(fd, buf, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
  NEXT(pwrite_fn, "pwrite");
  wal_op(fd, "pwrite", buf, count);
  return real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset) {
  NEXT(pwrite64_fn, "pwrite64");
  wal_op(fd, "pwrite64", buf, count);
  return real(fd, buf, count, offset);
}

int fsync(int fd) {
  NEXT(sync_fn, "fsync");
  wal_op(fd, "fsync", NULL, 0);
  return real(fd);
}

int fdatasync(int fd) {
  NEXT(sync_fn, "fdatasync");
  wal_op(fd, "fdatasync", NULL, 0);
  return real(fd);
}
