#pragma once
// Handoff<T>: batches of work passed from one thread to another through a bounded queue, so that
// a producer (reading and checking records) runs ahead of a consumer (writing them) by at most a
// few batches, and memory stays flat however long the input is.
//
// The producer calls push() for each batch and finish() once at the end, passing the exception
// that stopped it, if any; the consumer calls pop() until it returns false, and then gets that
// exception rethrown. A consumer that stops early calls cancel(): the producer's next push()
// returns false, and it should stop.
//
// The consumer gives each batch back when it is done with it (give_back()), and the producer's
// next push() frees those on its own thread: memory that one thread allocates and another frees
// costs glibc's allocator a lock and a merge of its lists, on the consumer's time.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <utility>
#include <vector>

namespace redress::util {

template <class T>
class Handoff {
public:
  explicit Handoff(std::size_t max_batches) : m_max_batches(max_batches == 0 ? 1 : max_batches) {}

  /// Waits while the queue is full. False when the consumer has cancelled (the batch is dropped).
  bool push(std::vector<T>&& batch) {
    std::vector<std::vector<T>> spent;
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_cancelled || m_batches.size() < m_max_batches; });
    if (m_cancelled) {
      return false;
    }
    m_batches.push_back(std::move(batch));
    spent.swap(m_spent);
    m_ready.notify_one();
    lock.unlock();
    return true; // `spent` is freed here, on the producer's thread
  }

  /// The consumer is done with `batch`: the producer frees it.
  void give_back(std::vector<T>&& batch) {
    std::lock_guard lock(m_mutex);
    if (!m_cancelled && !m_finished) {
      m_spent.push_back(std::move(batch));
    }
  }

  /// The producer is done; `error` (may be null) is rethrown to the consumer after the last batch.
  void finish(std::exception_ptr error) {
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_error = std::move(error);
    m_ready.notify_one();
  }

  /// The next batch into `out`; false when the producer has finished and every batch is taken.
  /// Rethrows the producer's exception at that point.
  bool pop(std::vector<T>& out) {
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return m_finished || !m_batches.empty(); });
    if (m_batches.empty()) {
      if (m_error) {
        std::rethrow_exception(std::exchange(m_error, nullptr));
      }
      return false;
    }
    out = std::move(m_batches.front());
    m_batches.pop_front();
    m_space.notify_one();
    return true;
  }

  /// The consumer stops: batches queued are dropped, and every push() from now returns false.
  void cancel() {
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_batches.clear();
    m_space.notify_one();
  }

private:
  const std::size_t m_max_batches;
  std::mutex m_mutex;
  std::condition_variable m_ready;
  std::condition_variable m_space;
  std::deque<std::vector<T>> m_batches;
  std::vector<std::vector<T>> m_spent; // given back, to be freed by the producer
  bool m_finished = false;
  bool m_cancelled = false;
  std::exception_ptr m_error;
};

} // namespace redress::util
