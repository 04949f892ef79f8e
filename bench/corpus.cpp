#include "corpus.hpp"

#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace redress::bench {

struct Language {
  std::string tag;
  std::vector<std::string_view> first_names;
  std::vector<std::string_view> last_names;
  std::vector<std::string_view> ascii_names; // for e-mail addresses
  std::string_view domain;
  std::vector<std::string_view> delivery, billing, product, service, regulated;
  std::vector<std::string_view> details; // "{}" is replaced by the product
  std::vector<std::string_view> notes;
  std::vector<std::string_view> reasons;
};

namespace {

const std::vector<Language>& languages() {
  static const std::vector<Language> all{
      {"hr",
       {"Ana", "Ivana", "Marko", "Luka", "Petra", "Željka", "Tomislav", "Dragica", "Đurđa", "Ivan"},
       {"Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Šarić", "Čolić"},
       {"ana", "ivana", "marko", "luka", "petra", "zeljka", "tomislav", "dragica", "durda", "ivan"},
       "example.hr",
       {"Paket nije stigao na vrijeme", "Dostava kasni već tjedan dana", "Kurir nije zvonio"},
       {"Račun je naplaćen dvaput", "Pogrešan iznos na računu", "Nije primijenjen popust"},
       {"Proizvod je oštećen", "Kočnice škripe nakon dva dana", "Nedostaje dio u kutiji"},
       {"Neljubazan djelatnik u trgovini", "Nitko ne odgovara na e-poštu", "Predugo čekanje na telefonu"},
       {"Prigovor na uvjete jamstva", "Zahtjev za povrat prema zakonu"},
       {"Naručila sam {} prije dva tjedna i još nije stigao. Molim povrat novca ili zamjenu.",
        "{} je stigao s ogrebotinama na okviru. Šaljem fotografije u privitku.",
        "Treći put zovem zbog istog problema s {}. Očekujem odgovor do petka."},
       {"Kupac je obaviješten telefonom.", "Čekamo potvrdu skladišta.", "Poslan upit dobavljaču."},
       {"Kupac nije dostavio račun.", "Prigovor je podnesen nakon isteka jamstva."}},
      {"sl",
       {"Špela", "Matej", "Nina", "Žiga", "Urška", "Blaž", "Maja", "Jože", "Tjaša", "Rok"},
       {"Novak", "Horvat", "Kranjc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Vidmar", "Žagar", "Golob"},
       {"spela", "matej", "nina", "ziga", "urska", "blaz", "maja", "joze", "tjasa", "rok"},
       "example.si",
       {"Paket ni prispel pravočasno", "Dostavljavec je pustil paket pred vrati"},
       {"Račun je bil zaračunan dvakrat", "Napačen znesek na računu"},
       {"Izdelek je bil poškodovan", "Veriga poči po enem tednu", "Manjka navodilo za uporabo"},
       {"Nihče ne odgovori na klic", "Osebje v trgovini je bilo nevljudno"},
       {"Pritožba glede garancijskih pogojev"},
       {"Naročil sem {} in še vedno čakam. Prosim za vračilo denarja.",
        "{} ne deluje, kot je opisano na spletni strani. Želim zamenjavo.",
        "Že drugič pišem zaradi {}. Pričakujem odgovor v tem tednu."},
       {"Stranko smo obvestili po e-pošti.", "Čakamo na odgovor skladišča."},
       {"Stranka ni priložila računa.", "Pritožba je prepozna."}},
      {"ja",
       {"由紀", "健太", "美咲", "翔", "陽菜", "大輔", "さくら", "蓮", "葵", "拓海"},
       {"田中", "佐藤", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"},
       {"yuki", "kenta", "misaki", "sho", "hina", "daisuke", "sakura", "ren", "aoi", "takumi"},
       "example.jp",
       {"配達が遅れた", "配達が遅れたため受け取れませんでした", "荷物が届かない"},
       {"請求が二重になっています", "請求額が間違っています"},
       {"商品が破損していました", "ブレーキが鳴る", "部品が足りない"},
       {"電話がつながらない", "店員の対応が悪い"},
       {"保証条件についての苦情"},
       {"二週間前に{}を注文しましたが、まだ届いていません。返金または交換をお願いします。",
        "{}のフレームに傷がありました。写真を添付します。",
        "{}について三回目の問い合わせです。金曜日までに回答をお願いします。"},
       {"お客様に電話で連絡済み。", "倉庫の確認待ち。"},
       {"領収書が提出されていません。", "保証期間が過ぎています。"}},
      {"fa",
       {"سارا", "علی", "مریم", "رضا", "زهرا", "حسین", "نگار", "امیر", "فاطمه", "کاوه"},
       {"احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "رحیمی", "صادقی", "نوری"},
       {"sara", "ali", "maryam", "reza", "zahra", "hossein", "negar", "amir", "fatemeh", "kaveh"},
       "example.ir",
       {"بسته به موقع نرسید", "ارسال بیش از یک هفته تاخیر دارد"},
       {"صورتحساب دو بار پرداخت شد", "مبلغ فاکتور اشتباه است"},
       {"کالا آسیب دیده بود", "ترمز صدا می‌دهد"},
       {"کسی به ایمیل پاسخ نمی‌دهد", "رفتار کارمند فروشگاه نامناسب بود"},
       {"شکایت درباره شرایط ضمانت"},
       {"دو هفته پیش {} را سفارش دادم و هنوز نرسیده است. لطفاً وجه را برگردانید.",
        "{} با خط و خش روی بدنه رسید. عکس‌ها پیوست است."},
       {"با مشتری تلفنی تماس گرفته شد.", "منتظر پاسخ انبار هستیم."},
       {"مشتری رسید خرید را ارسال نکرد.", "مهلت ضمانت تمام شده است."}},
      {"en",
       {"Emma", "Liam", "Olivia", "Noah", "Zoë", "José", "Siobhán", "Chloé", "Björn", "Ava"},
       {"Smith", "Jones", "Taylor", "Brown", "O'Neill", "Müller", "García", "Nguyen", "Dubois", "Wilson"},
       {"emma", "liam", "olivia", "noah", "zoe", "jose", "siobhan", "chloe", "bjorn", "ava"},
       "example.com",
       {"Delivery late again 😡", "Parcel left in the rain 🌧️📦", "Courier never showed up"},
       {"Charged twice 💳💳", "Discount code not applied", "Refund still missing after a month"},
       {"Great bike but the brake squeaks 🚲🔧", "Frame arrived scratched", "Missing bolts in the box"},
       {"Nobody answers the phone ☎️", "Rude staff at the Zagreb shop"},
       {"Complaint about warranty terms ⚖️"},
       {"I ordered the {} two weeks ago and it still has not arrived. Please refund or replace it.",
        "The {} stopped working after three rides 😞 Photos attached.",
        "Third time I am writing about the {}. =SUM(A1) is not an answer! Please reply by Friday."},
       {"Called the customer back.", "Waiting for the warehouse to confirm stock.", "Asked the supplier 📧"},
       {"No receipt was provided.", "Filed after the warranty ended."}},
  };
  return all;
}

constexpr std::array<std::string_view, 12> k_products{
    "Trek Marlin 7",        "Brompton C Line",     "Kolesarska čelada Pro", "電動アシスト自転車 E-300",
    "دوچرخه کوهستان X5",     "Gradski bicikl Zagreb", "Shimano 105 brake set", "Chain lube 🧴",
    "Dječja sjedalica Mini", "Cargo bike Long John", "LED lamp 800 lm",       "Zračnica 28\""};

constexpr std::array<std::string_view, 8> k_root_causes{
    "courier delay",    "warehouse picking error", "supplier defect",  "billing system bug",
    "staff training",   "unclear product page",    "packaging damage", "customer misunderstanding"};

constexpr std::array<std::string_view, 24> k_staff{
    "Ana Horvat",   "Marko Babić",  "Ivana Jurić",  "Luka Novak",    "Špela Kranjc", "Matej Zupančič",
    "田中 由紀",      "佐藤 健太",       "سارا احمدی",     "علی محمدی",        "Emma Smith",   "Noah Jones",
    "Petra Marić",  "Tomislav Šarić", "Nina Potočnik", "Žiga Mlakar",  "鈴木 美咲",        "مریم حسینی",
    "Olivia Brown", "Dragica Čolić", "Rok Golob",    "高橋 翔",          "Chloé Dubois", "Björn Müller"};

template <typename T> const T& pick(const std::vector<T>& items, Rng& rng) {
  return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

std::string fill(std::string_view pattern, const std::string& product) {
  std::string out(pattern);
  if (const auto at = out.find("{}"); at != std::string::npos) {
    out.replace(at, 2, product);
  }
  return out;
}

} // namespace

const Language& Corpus::language(Rng& rng) const {
  // hr 35%, sl 25%, en 20%, ja 10%, fa 10%
  static const std::discrete_distribution<std::size_t> weights{35, 25, 10, 10, 20};
  auto dist = weights;
  return languages()[dist(rng)];
}

GeneratedCustomer Corpus::customer(std::int64_t n) const {
  // Derived from n alone, so a repeat complainant comes back with the same identity.
  Rng rng(static_cast<std::uint64_t>(n) * 0x9E3779B97F4A7C15ULL + 7);
  const Language& lang = language(rng);
  const std::size_t first = std::uniform_int_distribution<std::size_t>(0, lang.first_names.size() - 1)(rng);
  const std::size_t last = std::uniform_int_distribution<std::size_t>(0, lang.last_names.size() - 1)(rng);
  GeneratedCustomer c;
  c.language = lang.tag;
  c.name = lang.tag == "ja" ? std::string(lang.last_names[last]) + " " + std::string(lang.first_names[first])
                            : std::string(lang.first_names[first]) + " " + std::string(lang.last_names[last]);
  std::uniform_int_distribution<int> percent(0, 99);
  // Everyone has an e-mail address or a member id: by exact name alone, the ledger would
  // rightly take two people with a common name for one repeat complainant.
  const bool member = percent(rng) < 12;
  if (!member || percent(rng) < 50) {
    c.email = std::string(lang.ascii_names[first]) + "." + std::to_string(n) + "@" + std::string(lang.domain);
  }
  if (member) {
    c.member_id = "M-" + std::to_string(100000 + n);
  }
  if (percent(rng) < 50) {
    c.phone = "+385 91 " + std::to_string(1000000 + n % 9000000);
  }
  return c;
}

std::string Corpus::summary(const Language& lang, const std::string& category, Rng& rng) const {
  const auto& list = category == "delivery" ? lang.delivery
                     : category == "billing" ? lang.billing
                     : category == "product" ? lang.product
                     : category == "service" ? lang.service
                                             : lang.regulated;
  return std::string(pick(list, rng));
}

std::string Corpus::details(const Language& lang, const std::string& product, Rng& rng) const {
  return fill(pick(lang.details, rng), product);
}

std::string Corpus::product(Rng& rng) const {
  return std::string(k_products[std::uniform_int_distribution<std::size_t>(0, k_products.size() - 1)(rng)]);
}

std::string Corpus::note(const Language& lang, Rng& rng) const { return std::string(pick(lang.notes, rng)); }

std::string Corpus::reason(const Language& lang, Rng& rng) const {
  return std::string(pick(lang.reasons, rng));
}

std::string Corpus::root_cause(Rng& rng) const {
  return std::string(k_root_causes[std::uniform_int_distribution<std::size_t>(0, k_root_causes.size() - 1)(rng)]);
}

std::string Corpus::staff(std::size_t n) const { return std::string(k_staff[n % k_staff.size()]); }

std::size_t Corpus::staff_count() const { return k_staff.size(); }

const std::string& Corpus::tag(const Language& lang) const { return lang.tag; }

} // namespace redress::bench
