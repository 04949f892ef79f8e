#pragma once
// The checks of `verify` after the chain and the projections (redress/verify.hpp, 5-9): each
// rebuilds what the store holds from what it was built from and names the first difference.

#include "store/store.hpp"

#include <redress/anchor.hpp>
#include <redress/verify.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace redress {

/// Each year's reference counter is the highest number of that year's complaints.
std::optional<std::string> check_sequences(store::Store& store);
/// Every customer row is what the events make it: the filings that recognised the person (as
/// ledger/identity.hpp says, details filled first come first served, first seen at the earliest
/// receipt), then their `customer_updated` and `customer_merged` events in order; each
/// complaint points to the person it belongs to and customer_keys holds exactly the keys those
/// events gave. Names customers by number, never by personal data.
std::optional<std::string> check_customers(store::Store& store);
/// Customer `id`'s name and contacts as check_customers() rebuilds them from the events that are
/// not erased: what their record must hold after some of their complaints were erased (sweep).
/// nullopt when no event names them. Error{integrity} when the events do not add up.
std::optional<Customer> rebuilt_customer(store::Store& store, std::int64_t id);
/// The search index against the texts (redress/verify.hpp, 7): fed each complaint with its
/// events while verify rebuilds them, it compares the document the index holds with the one
/// the events give (ledger/search_document.hpp) and gathers the words those documents have
/// (util/words.hpp); finish() then checks that the index holds no other document and exactly
/// those words, each in as many documents and as many times.
class SearchIndexCheck {
public:
  void add(store::Store& store, const Complaint& c, const std::vector<Event>& events);
  [[nodiscard]] std::optional<std::string> finish(store::Store& store);

private:
  struct Count {
    std::int64_t documents = 0;
    std::int64_t times = 0;
  };
  std::optional<std::string> m_problem;
  std::int64_t m_documents = 0;
  std::unordered_map<std::string, Count> m_words;
};

/// Every complaint names a recorded policy; every recorded text hashes to its digest.
std::optional<std::string> check_policies(store::Store& store);
/// Every anchor is of this ledger (else Error{invalid_input}) and its event is still in the
/// chain with the anchored hash; counts them in `report.anchors`.
std::optional<std::string> check_anchors(store::Store& store, const std::vector<Anchor>& anchors,
                                         VerifyReport& report);

} // namespace redress
