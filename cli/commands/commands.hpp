#pragma once
// One register_<verb>() per file in this folder; main.cpp calls them in help order.

namespace CLI {
class App;
}

namespace redress::cli {

class Context;

void register_init(CLI::App& app, Context& ctx);
void register_file(CLI::App& app, Context& ctx);
void register_show(CLI::App& app, Context& ctx);
void register_list(CLI::App& app, Context& ctx);
void register_search(CLI::App& app, Context& ctx);
/// `customer` and its subcommands (one add_customer_<verb>() each in customer.cpp, and
/// add_customer_erase() in customer_erase.cpp).
void register_customer(CLI::App& app, Context& ctx);
void register_lifecycle(CLI::App& app, Context& ctx);
void register_evidence(CLI::App& app, Context& ctx);
void register_export(CLI::App& app, Context& ctx);
void register_import(CLI::App& app, Context& ctx);
void register_sweep(CLI::App& app, Context& ctx);
/// `customer erase`, added to the `customer` group by register_customer().
void add_customer_erase(CLI::App& group, Context& ctx);
void register_message(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_policy(CLI::App& app, Context& ctx);
void register_verify(CLI::App& app, Context& ctx);
void register_anchor(CLI::App& app, Context& ctx);
void register_migrate(CLI::App& app, Context& ctx);
void register_upgrade(CLI::App& app, Context& ctx);
void register_help(CLI::App& app, Context& ctx);
/// Hidden: `__complete KIND` prints policy names or references for the shell completions.
void register_complete(CLI::App& app, Context& ctx);
/// Hidden: `__generate man DIR`, `__generate bash|zsh|fish`: manual pages and completions
/// written from the command tree (the build runs it).
void register_generate(CLI::App& app, Context& ctx);

} // namespace redress::cli
