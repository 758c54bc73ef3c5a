// The interactive session: line editing and history through libedit, multi-line input while a statement
// is incomplete, results printed the way Node's REPL prints them.
#include "cli.h"

#include <editline/readline.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace yieldjs::cli {

namespace {

constexpr int kHistoryLength = 1000;

std::string history_path() {
    const char* home = std::getenv("HOME");
    return home && *home ? std::string(home) + "/.yieldjs_history" : std::string();
}

// Trims ASCII whitespace at both ends.
std::string trimmed(const std::string& text) {
    std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return "";
    std::size_t end = text.find_last_not_of(" \t\r\n");
    return text.substr(start, end - start + 1);
}

void print_line(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Evaluates one complete input and prints its value or error. Returns false when the input is an
// incomplete statement that more lines could finish.
bool evaluate(Runtime& runtime, const std::string& input, int number) {
    Result<Value> result = runtime.evaluate_script(input, "REPL" + std::to_string(number));
    if (!result.ok()) {
        if (result.error().kind == ErrorKind::Syntax && result.error().at_end_of_input) return false;
        runtime.report_error(result.error());
        return true;
    }
    Result<std::string> text = result.value().inspect();
    if (text.ok())
        print_line(text.value());
    else
        runtime.report_error(text.error());
    if (Result<void> idle = runtime.run_until_idle(); !idle.ok()) runtime.report_error(idle.error());
    return true;
}

} // namespace

int run_repl(Runtime& runtime) {
    std::string history = history_path();
    using_history();
    stifle_history(kHistoryLength);
    if (!history.empty()) read_history(history.c_str());

    std::printf("Welcome to yieldjs %s.\nType \".help\" for more information.\n", version());
    std::fflush(stdout);
    std::string pending;
    int number = 0;
    for (;;) {
        char* line = readline(pending.empty() ? "> " : "... ");
        if (!line) { // end of input (Ctrl-D)
            std::fputc('\n', stdout);
            break;
        }
        std::string text = line;
        std::free(line);
        std::string command = trimmed(text);
        if (pending.empty() && command.empty()) continue;
        if (!command.empty()) add_history(text.c_str());
        if (command == ".exit") break;
        if (command == ".break") {
            pending.clear();
            continue;
        }
        if (command == ".help" && pending.empty()) {
            print_line(".break    Abandon the statement being entered\n"
                       ".exit     Exit the session\n"
                       ".help     Print this help\n\n"
                       "Press Ctrl+D to exit.");
            continue;
        }
        pending += text;
        pending += '\n';
        if (evaluate(runtime, pending, number + 1)) {
            pending.clear();
            ++number;
        }
    }
    if (!history.empty()) write_history(history.c_str());
    return kExitOk;
}

} // namespace yieldjs::cli
