// redress_bench_generate — builds a realistic ledger for the benchmark (bench/run), through the
// library: every complaint is filed with Ledger::file and every later step is a Ledger::act, so
// the ledger holds exactly what the tool would have written (hash chain, projections, customers)
// and `redress verify` passes on it.
//
//   redress_bench_generate DIR [--complaints N] [--years Y] [--seed S] [--batch OPS]
//
// Complaints arrive over the last Y years (weekdays and business hours busier, volume growing),
// in several languages. Each gets a planned life (acknowledged, assigned, notes, waiting and
// resumed, escalated, reclassified, resolved/rejected/withdrawn, reopened, followed up, closed)
// whose steps are applied in time order across the whole ledger, as they would have happened;
// steps planned after now are left undone, so recent complaints are still open. Many steps go in
// one transaction (Ledger::batch) to keep it fast.

#include "corpus.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <string>
#include <vector>

namespace redress::bench {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

struct Options {
  std::string dir;
  std::int64_t complaints = 1'000'000;
  int years = 3;
  std::uint64_t seed = 1;
  std::int64_t batch = 20'000;
};

struct PlannedStep {
  Instant at;
  StepRequest request;
  std::string actor;
};

struct Pending {
  std::string reference;
  std::vector<PlannedStep> steps;
  std::size_t next = 0;
};

struct Due {
  Instant at;
  std::size_t slot;
  bool operator>(const Due& o) const { return at > o.at || (at == o.at && slot > o.slot); }
};

class Generator {
public:
  Generator(Ledger& ledger, const Options& o) : m_ledger(ledger), m_options(o), m_rng(o.seed) {
    m_now = ledger.as_of();
    m_start = m_now - days{365} * o.years;
    plan_days();
  }

  /// Generates the ledger; returns how many calls the library refused (none in a sound run).
  std::int64_t run() {
    const auto began = std::chrono::steady_clock::now();
    while (!done()) {
      m_ledger.batch([&] {
        for (std::int64_t ops = 0; ops < m_options.batch && !done(); ++ops) {
          step();
        }
      });
      if (m_filed / 100'000 != m_reported / 100'000) {
        m_reported = m_filed;
        std::fprintf(stderr, "  %lld complaints, %lld steps, %.0f s\n", static_cast<long long>(m_filed),
                     static_cast<long long>(m_acted), seconds_since(began));
      }
    }
    const double s = seconds_since(began);
    std::printf("generated %lld complaints and %lld later steps (%lld events) in %.1f s: %.0f complaints/s, "
                "%.0f events/s; %lld steps refused\n",
                static_cast<long long>(m_filed), static_cast<long long>(m_acted),
                static_cast<long long>(m_filed + m_acted), s, static_cast<double>(m_filed) / s,
                static_cast<double>(m_filed + m_acted) / s, static_cast<long long>(m_refused));
    return m_refused;
  }

private:
  static double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  }

  bool done() const { return m_filed >= m_options.complaints && m_queue.empty(); }

  // How many complaints arrive on each day: weekdays three times busier than weekends, and
  // the volume growing by 80% over the period; exactly N in all.
  void plan_days() {
    const auto n_days = static_cast<std::size_t>(m_options.years) * 365;
    std::vector<double> weight(n_days);
    double total = 0;
    for (std::size_t d = 0; d < n_days; ++d) {
      const auto unix_day = std::chrono::floor<days>(m_start + days{d}).time_since_epoch().count();
      const auto weekday = (unix_day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      const double busy = weekday == 0 || weekday == 6 ? 0.35 : 1.0;
      weight[d] = busy * (1.0 + 0.8 * static_cast<double>(d) / static_cast<double>(n_days));
      total += weight[d];
    }
    double cumulative = 0;
    std::int64_t assigned = 0;
    m_per_day.resize(n_days);
    for (std::size_t d = 0; d < n_days; ++d) {
      cumulative += weight[d];
      const auto upto = static_cast<std::int64_t>(
          static_cast<double>(m_options.complaints) * cumulative / total + 0.5);
      m_per_day[d] = upto - assigned;
      assigned = upto;
    }
  }

  // The next arrival time, filling the day's sorted arrivals when the last one is used up.
  std::optional<Instant> next_arrival() {
    while (m_arrival >= m_arrivals.size()) {
      if (m_day >= m_per_day.size()) {
        return std::nullopt;
      }
      m_arrivals.clear();
      m_arrival = 0;
      const Instant day_start = m_start + days{m_day};
      std::uniform_int_distribution<int> percent(0, 99);
      for (std::int64_t i = 0; i < m_per_day[m_day]; ++i) {
        // Most arrive in opening hours (07-17 UTC is 08/09-18/19 in Zagreb), the rest any time.
        const auto second = percent(m_rng) < 80 ? std::uniform_int_distribution<int>(7 * 3600, 17 * 3600 - 1)(m_rng)
                                                : std::uniform_int_distribution<int>(0, 24 * 3600 - 1)(m_rng);
        m_arrivals.push_back(std::min(day_start + std::chrono::seconds{second}, m_now));
      }
      std::sort(m_arrivals.begin(), m_arrivals.end());
      ++m_day;
    }
    return m_arrivals[m_arrival];
  }

  void step() {
    const auto arrival = m_filed < m_options.complaints ? next_arrival() : std::nullopt;
    if (arrival && (m_queue.empty() || *arrival <= m_queue.top().at)) {
      ++m_arrival;
      file(*arrival);
    } else {
      const Due due = m_queue.top();
      m_queue.pop();
      act(due.slot);
    }
  }

  template <typename T> T uniform(T lo, T hi) { return std::uniform_int_distribution<T>(lo, hi)(m_rng); }
  bool chance(int percent) { return uniform(0, 99) < percent; }
  std::chrono::seconds between(std::chrono::seconds lo, std::chrono::seconds hi) {
    return std::chrono::seconds{uniform<std::int64_t>(lo.count(), hi.count())};
  }
  template <typename T> const T& pick(const std::vector<T>& items) {
    return items[uniform<std::size_t>(0, items.size() - 1)];
  }

  void file(Instant received) {
    const Language& lang = m_corpus.language(m_rng);
    // A fifth come from people who complained before (most often recent ones).
    std::int64_t who = m_customers;
    if (m_customers > 10 && chance(20)) {
      who = m_customers - 1 - std::min<std::int64_t>(m_customers - 1, static_cast<std::int64_t>(
                                                            std::exponential_distribution<double>(1.0 / 20000)(m_rng)));
    } else {
      ++m_customers;
    }
    const GeneratedCustomer gc = m_corpus.customer(who);
    FilingRequest r;
    r.customer = Customer{gc.name, gc.email, gc.phone, gc.member_id, gc.language, std::nullopt};
    static const std::vector<std::string> channels{"email", "email", "email", "web", "web", "web", "phone",
                                                   "phone", "in-person", "chat", "letter", "social",
                                                   "representative"};
    static const std::vector<std::string> categories{"delivery", "delivery", "delivery", "billing", "billing",
                                                     "product",  "product",  "product",  "service", "regulated"};
    static const std::vector<std::string> severities{"low", "low", "normal", "normal", "normal", "normal",
                                                     "normal", "normal", "high", "critical"};
    r.channel = pick(channels);
    r.category = pick(categories);
    r.severity = pick(severities);
    const std::string product = m_corpus.product(m_rng);
    if (chance(85)) {
      r.product = product;
    }
    r.summary = m_corpus.summary(lang, r.category, m_rng);
    if (chance(80)) {
      r.details = m_corpus.details(lang, product, m_rng);
    }
    if (r.category == "billing" || chance(20)) {
      r.evidence = {"receipt-" + std::to_string(m_filed + 1) + ".pdf"};
      if (chance(30)) {
        r.evidence.emplace_back("photo 1.jpg");
      }
    }
    r.confidential = chance(3);
    r.at = received;
    const std::string actor = r.channel == "web" ? "web-form" : m_corpus.staff(uniform<std::size_t>(0, 5));
    m_ledger.set_as_of(received); // as if the tool ran then: SLA readings of that moment
    try {
      const Complaint c = m_ledger.file(r, actor);
      ++m_filed;
      schedule(plan(c, lang, received));
    } catch (const Error&) {
      ++m_refused;
    }
  }

  // The planned life of a complaint, in time order.
  Pending plan(const Complaint& c, const Language& lang, Instant received) {
    Pending p;
    p.reference = c.reference;
    Instant t = received;
    const std::string owner = m_corpus.staff(uniform<std::size_t>(0, m_corpus.staff_count() - 1));
    const auto add = [&](Step s, std::chrono::seconds lo, std::chrono::seconds hi) -> StepRequest& {
      t += between(lo, hi);
      PlannedStep ps{t, StepRequest{}, owner};
      ps.request.step = s;
      ps.request.at = t;
      p.steps.push_back(std::move(ps));
      return p.steps.back().request;
    };
    const bool frontline = chance(12);
    if (!frontline || chance(50)) { // acknowledged: mostly within hours, some late
      const int late = uniform(0, 99);
      auto& ack = late < 70 ? add(Step::ack, minutes{5}, hours{2})
                  : late < 92 ? add(Step::ack, hours{2}, hours{8})
                              : add(Step::ack, hours{8}, days{3});
      if (chance(30)) {
        ack.text = m_corpus.note(lang, m_rng);
      }
    }
    if (uniform(0, 999) < 3) {
      return p; // stuck: acknowledged (or not) and forgotten, the backlog every ledger has
    }
    if (!frontline) {
      auto& assign = add(Step::assign, minutes{10}, days{1});
      assign.assignee = owner;
      if (chance(25)) {
        add(Step::note, hours{1}, days{2}).text = m_corpus.note(lang, m_rng);
      }
      if (chance(5)) {
        add(Step::escalate, hours{4}, days{4}).text = m_corpus.reason(lang, m_rng);
      }
      if (chance(3)) {
        auto& change = add(Step::change, hours{1}, days{2});
        change.severity = c.severity == "high" ? "critical" : "high";
      }
      if (chance(10)) {
        add(Step::wait, hours{1}, days{2}).text = m_corpus.reason(lang, m_rng);
        if (chance(90)) {
          add(Step::resume, days{1}, days{6});
        }
      }
    }
    const int end = uniform(0, 99);
    if (end >= 85) {
      auto& last = add(end < 93 ? Step::reject : Step::withdraw, hours{1}, days{5});
      last.text = m_corpus.reason(lang, m_rng);
      return p;
    }
    const auto resolve_in = c.severity == "critical" ? std::pair{hours{2}, days{2}}
                            : c.severity == "high"   ? std::pair{hours{4}, days{5}}
                            : c.severity == "normal" ? std::pair{days{1}, days{10}}
                                                     : std::pair{days{2}, days{20}};
    resolution(add(Step::resolve, frontline ? minutes{30} : resolve_in.first,
                   frontline ? hours{24} : resolve_in.second));
    if (chance(4)) {
      add(Step::reopen, days{1}, days{10}).text = m_corpus.reason(lang, m_rng);
      resolution(add(Step::resolve, days{1}, days{7}));
    }
    const Instant resolved = t;
    if (chance(45)) {
      auto& followup = add(Step::followup, days{2}, days{7});
      static const std::vector<int> scores{5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2, 1, 1};
      followup.score = pick(scores);
      if (chance(30)) {
        followup.text = "👍 " + m_corpus.note(lang, m_rng);
      }
    }
    if (chance(75)) {
      t = resolved;
      add(Step::close, days{14}, days{20});
    }
    return p;
  }

  void resolution(StepRequest& r) {
    static const std::vector<std::string> outcomes{"refund", "refund", "replacement", "discount", "upgrade",
                                                   "apology", "apology", "corrective-action", "no-fault"};
    r.outcome = pick(outcomes);
    if (*r.outcome == "refund" || *r.outcome == "discount" || *r.outcome == "replacement") {
      const auto cents = uniform<std::int64_t>(500, 30000);
      r.amount = std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + std::to_string(cents % 100);
    }
    if (chance(70)) {
      r.root_cause = m_corpus.root_cause(m_rng);
    }
  }

  void schedule(Pending p) {
    while (!p.steps.empty() && p.steps.back().at > m_now) {
      p.steps.pop_back(); // not happened yet
    }
    if (p.steps.empty()) {
      return;
    }
    std::size_t slot = 0;
    if (m_free.empty()) {
      slot = m_pending.size();
      m_pending.push_back(std::move(p));
    } else {
      slot = m_free.back();
      m_free.pop_back();
      m_pending[slot] = std::move(p);
    }
    m_queue.push(Due{m_pending[slot].steps.front().at, slot});
  }

  void act(std::size_t slot) {
    Pending& p = m_pending[slot];
    const PlannedStep& s = p.steps[p.next++];
    m_ledger.set_as_of(s.at);
    try {
      m_ledger.act(p.reference, s.request, s.actor);
      ++m_acted;
    } catch (const Error& e) {
      if (++m_refused <= 5) {
        std::fprintf(stderr, "refused: %s %s: %s\n", p.reference.c_str(),
                     std::string(to_string(s.request.step)).c_str(), e.what());
      }
    }
    if (p.next < p.steps.size()) {
      m_queue.push(Due{p.steps[p.next].at, slot});
    } else {
      p = Pending{};
      m_free.push_back(slot);
    }
  }

  Ledger& m_ledger;
  const Options& m_options;
  Rng m_rng;
  Corpus m_corpus;
  Instant m_now, m_start;
  std::vector<std::int64_t> m_per_day;
  std::size_t m_day = 0;
  std::vector<Instant> m_arrivals;
  std::size_t m_arrival = 0;
  std::int64_t m_customers = 0, m_filed = 0, m_acted = 0, m_refused = 0, m_reported = 0;
  std::vector<Pending> m_pending;
  std::vector<std::size_t> m_free;
  std::priority_queue<Due, std::vector<Due>, std::greater<>> m_queue;
};

int usage() {
  std::fprintf(stderr, "usage: redress_bench_generate DIR [--complaints N] [--years Y] [--seed S] "
                       "[--batch OPS]\n  creates DIR/.redress with N complaints (default 1000000) over the "
                       "last Y years (default 3)\n");
  return 2;
}

} // namespace
} // namespace redress::bench

int main(int argc, char** argv) {
  using namespace redress;
  bench::Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--complaints" && has_value) {
      o.complaints = std::atoll(argv[++i]);
    } else if (arg == "--years" && has_value) {
      o.years = std::atoi(argv[++i]);
    } else if (arg == "--seed" && has_value) {
      o.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--batch" && has_value) {
      o.batch = std::atoll(argv[++i]);
    } else if (!arg.empty() && arg[0] != '-' && o.dir.empty()) {
      o.dir = arg;
    } else {
      return bench::usage();
    }
  }
  if (o.dir.empty() || o.complaints < 0 || o.years < 1 || o.batch < 1) {
    return bench::usage();
  }
  try {
    const LedgerPaths paths = init_ledger(o.dir, std::nullopt);
    Ledger ledger = Ledger::open(paths, Access::write, now());
    // A refused step means the plan and the library's rules disagree: fail, so the smoke test
    // (tests/CMakeLists.txt) notices when the lifecycle changes under the generator.
    return bench::Generator(ledger, o).run() == 0 ? 0 : 1;
  } catch (const Error& e) {
    std::fprintf(stderr, "redress_bench_generate: error: %s\n", e.what());
    return static_cast<int>(e.code());
  }
}
