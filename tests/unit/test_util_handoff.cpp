#include "util/handoff.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <thread>
#include <vector>

using redress::util::Handoff;

TEST_CASE("a handoff passes every batch in order, then the producer's exception") {
  Handoff<int> handoff(2);
  std::thread producer([&] {
    for (int b = 0; b < 50; ++b) {
      REQUIRE(handoff.push({b * 3, b * 3 + 1, b * 3 + 2}));
    }
    handoff.finish(std::make_exception_ptr(std::runtime_error("bad row")));
  });
  std::vector<int> seen;
  std::vector<int> batch;
  bool thrown = false;
  try {
    while (handoff.pop(batch)) {
      seen.insert(seen.end(), batch.begin(), batch.end());
      handoff.give_back(std::move(batch));
    }
  } catch (const std::runtime_error& e) {
    thrown = std::string(e.what()) == "bad row";
  }
  producer.join();
  CHECK(thrown);
  REQUIRE(seen.size() == 150);
  for (int i = 0; i < 150; ++i) {
    CHECK(seen[static_cast<std::size_t>(i)] == i);
  }
}

TEST_CASE("a producer that finishes cleanly ends the consumer's loop without an exception") {
  Handoff<int> handoff(1);
  std::thread producer([&] {
    handoff.push({1});
    handoff.finish(nullptr);
  });
  std::vector<int> batch;
  int batches = 0;
  while (handoff.pop(batch)) {
    ++batches;
  }
  producer.join();
  CHECK(batches == 1);
  CHECK_FALSE(handoff.pop(batch));
}

TEST_CASE("a consumer that cancels releases a producer waiting on a full queue") {
  Handoff<int> handoff(1);
  int pushed = 0;
  bool refused = false;
  std::thread producer([&] {
    for (int b = 0; b < 1000; ++b) {
      if (!handoff.push({b})) {
        refused = true;
        break;
      }
      ++pushed;
    }
    handoff.finish(nullptr);
  });
  std::vector<int> batch;
  REQUIRE(handoff.pop(batch));
  CHECK(batch == std::vector<int>{0});
  handoff.cancel(); // the producer is blocked on the full queue, or soon will be
  producer.join();  // would hang if cancel() did not wake it
  CHECK(refused);
  CHECK(pushed < 1000);
}
