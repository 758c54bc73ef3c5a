// yieldjs: run a script file, evaluate code from the command line or stdin, run test262 tests, or start
// an interactive session.
#include "cli.h"

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace yieldjs::cli {

namespace {

constexpr const char* kUsage = R"(Usage: yieldjs [options] [FILE [arguments...]]

Runs FILE as a script, or with no FILE a script read from stdin, or an interactive session when stdin is a
terminal. Arguments after FILE are the script's.

Options:
  -e, --eval CODE         evaluate CODE as a script
  -p, --print CODE        evaluate CODE and print its completion value
  -i, --interactive       start the interactive session even if stdin is not a terminal
  --module                run FILE as a module (the default for .mjs files)
  --print-bytecode        print FILE's bytecode instead of running it
  --max-heap-mb N         limit the garbage-collected heap to N MiB
  --stack-size N          size of the JavaScript register stack in KiB
  --timeout MS            end the program after MS milliseconds (the script and its event loop) with
                          "Error: Script execution timed out after MSms" on stderr and status 124
  --test262               run FILE as a test262 test (see tests/test262/run.py); also accepts
                          --strict and --prelude FILE (repeatable)
  -h, --help              print this help and exit
  -v, --version           print the version and exit
)";

enum class Mode { Auto, Eval, Print, Test262 };

struct Options {
    Mode mode = Mode::Auto;
    std::string code; // -e / -p
    std::optional<std::string> file;
    std::vector<std::string> script_arguments;
    bool interactive = false;
    bool module = false;
    bool strict = false;
    bool print_bytecode = false;
    std::vector<std::string> preludes;
    std::size_t max_heap_mb = 0; // 0: the engine's default
    std::size_t stack_size_kb = 0;
    std::size_t timeout_ms = 0; // 0: none
};

[[noreturn]] void exit_now(int status) {
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
}

[[noreturn]] void usage_error(const std::string& message) {
    std::fprintf(stderr, "yieldjs: %s\nTry 'yieldjs --help' for more information.\n", message.c_str());
    exit_now(kExitUsage);
}

std::size_t parse_size(std::string_view option, std::string_view text) {
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0)
        usage_error(std::string(option) + " expects a positive integer, got '" + std::string(text) + "'");
    return value;
}

Options parse_command_line(int argc, char** argv) {
    Options options;
    auto value_of = [&](int& i, std::string_view option) -> std::string {
        if (i + 1 >= argc) usage_error(std::string(option) + " requires an argument");
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        std::string_view argument = argv[i];
        if (argument == "-e" || argument == "--eval") {
            options.mode = Mode::Eval;
            options.code = value_of(i, argument);
        } else if (argument == "-p" || argument == "--print") {
            options.mode = Mode::Print;
            options.code = value_of(i, argument);
        } else if (argument == "-i" || argument == "--interactive") {
            options.interactive = true;
        } else if (argument == "--module") {
            options.module = true;
        } else if (argument == "--strict") {
            options.strict = true;
        } else if (argument == "--print-bytecode") {
            options.print_bytecode = true;
        } else if (argument == "--test262") {
            options.mode = Mode::Test262;
        } else if (argument == "--prelude") {
            options.preludes.push_back(value_of(i, argument));
        } else if (argument == "--max-heap-mb") {
            options.max_heap_mb = parse_size(argument, value_of(i, argument));
        } else if (argument == "--stack-size") {
            options.stack_size_kb = parse_size(argument, value_of(i, argument));
        } else if (argument == "--timeout") {
            options.timeout_ms = parse_size(argument, value_of(i, argument));
        } else if (argument == "-h" || argument == "--help") {
            std::fputs(kUsage, stdout);
            exit_now(kExitOk);
        } else if (argument == "-v" || argument == "--version") {
            std::printf("yieldjs %s\n", version());
            exit_now(kExitOk);
        } else if (argument.size() > 1 && argument[0] == '-' && argument != "-") {
            usage_error("unknown option '" + std::string(argument) + "'");
        } else {
            options.file = std::string(argument);
            for (++i; i < argc; ++i)
                options.script_arguments.push_back(argv[i]);
        }
    }
    if ((options.strict || !options.preludes.empty()) && options.mode != Mode::Test262)
        usage_error("--strict and --prelude are test262 options (use them with --test262)");
    if (options.mode == Mode::Test262 && !options.file) usage_error("--test262 requires a test file");
    if (options.print_bytecode && !options.file && options.mode != Mode::Eval && options.mode != Mode::Print)
        usage_error("--print-bytecode requires a file or -e CODE");
    return options;
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The contents of `path` ("-": stdin), or nullopt after reporting why it cannot be read.
std::optional<std::string> read_file(const std::string& path) {
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) {
        std::fprintf(stderr, "yieldjs: cannot open '%s': %s\n", path.c_str(), std::strerror(errno));
        return std::nullopt;
    }
    std::string contents;
    char buffer[65536];
    while (std::size_t count = std::fread(buffer, 1, sizeof buffer, file))
        contents.append(buffer, count);
    bool failed = std::ferror(file);
    int reason = errno;
    if (file != stdin) std::fclose(file);
    if (failed) {
        std::fprintf(stderr, "yieldjs: cannot read '%s': %s\n", path.c_str(), std::strerror(reason));
        return std::nullopt;
    }
    return contents;
}

// --timeout: terminates the runtime once the time is up, from a thread of its own (until destroyed).
class Timeout {
public:
    Timeout(Runtime& runtime, std::size_t milliseconds) {
        if (milliseconds == 0) return;
        thread_ = std::thread([this, &runtime, milliseconds] {
            std::unique_lock lock(mutex_);
            if (!done_.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return finished_; }))
                runtime.terminate();
        });
    }
    ~Timeout() {
        if (!thread_.joinable()) return;
        {
            std::lock_guard lock(mutex_);
            finished_ = true;
        }
        done_.notify_one();
        thread_.join();
    }
    Timeout(const Timeout&) = delete;
    Timeout& operator=(const Timeout&) = delete;

private:
    std::mutex mutex_;
    std::condition_variable done_;
    bool finished_ = false; // guarded by mutex_
    std::thread thread_;
};

std::size_t timeout_ms = 0; // --timeout, for the report of a termination

// Reports a failed evaluation on stderr; returns the exit status for it.
int report(Runtime& runtime, const Error& error) {
    if (error.kind == ErrorKind::Io) {
        std::fprintf(stderr, "yieldjs: %s\n", error.report.c_str());
        return kExitUsage;
    }
    if (error.kind == ErrorKind::Terminated) {
        // Only --timeout terminates the runtime (Node's vm module words it this way).
        std::fprintf(stderr, "Error: Script execution timed out after %zums\n", timeout_ms);
        return kExitTimeout;
    }
    runtime.report_error(error);
    return kExitError;
}

// Runs the jobs and tasks left after the main script; the exit status is then process.exitCode's.
int drain(Runtime& runtime) {
    Result<void> idle = runtime.run_until_idle();
    return idle.ok() ? runtime.exit_code() : report(runtime, idle.error());
}

RuntimeOptions runtime_options(const Options& options, char** argv) {
    RuntimeOptions runtime_options;
    if (options.max_heap_mb) runtime_options.max_heap_bytes = options.max_heap_mb << 20;
    if (options.stack_size_kb) runtime_options.stack_size_bytes = options.stack_size_kb << 10;
    runtime_options.test262_host = options.mode == Mode::Test262;
    runtime_options.argv.push_back(argv[0]);
    if (options.file) runtime_options.argv.push_back(*options.file);
    for (const std::string& argument : options.script_arguments)
        runtime_options.argv.push_back(argument);
    return runtime_options;
}

// The test262 contract (tests/test262/run.py): preludes, then the test; a parse error is reported with
// its constructor name on the first line, uncaught exceptions as "Uncaught <name>: <message>".
int run_test262(Runtime& runtime, std::string source, const Options& options) {
    for (const std::string& prelude : options.preludes) {
        Result<Value> result = runtime.run_file(prelude);
        if (!result.ok()) return report(runtime, result.error());
    }
    if (options.strict) source.insert(0, "\"use strict\";\n");
    Result<void> result;
    if (options.module) {
        result = runtime.run_module(*options.file);
    } else if (Result<Value> script = runtime.evaluate_script(source, *options.file); !script.ok()) {
        result = script.error();
    }
    if (!result.ok()) {
        const Error& error = result.error();
        if (error.kind == ErrorKind::Link) {
            // Not "Uncaught ...": the runner tells load and link errors from runtime errors by that.
            std::fprintf(stderr, "%s\n", error.report.c_str());
            return kExitError;
        }
        if (error.kind != ErrorKind::Syntax) return report(runtime, error);
        std::fprintf(stderr, "SyntaxError: %s\n    at %s:%u:%u\n", error.message.c_str(), error.file.c_str(),
                     error.line, error.column);
        return kExitError;
    }
    return drain(runtime);
}

int run(const Options& options, char** argv) {
    std::string source;
    std::string name;
    if (options.mode == Mode::Eval || options.mode == Mode::Print) {
        source = options.code;
        name = "[eval]";
    } else if (options.file) {
        std::optional<std::string> contents = read_file(*options.file);
        if (!contents) return kExitUsage;
        source = std::move(*contents);
        name = *options.file == "-" ? "[stdin]" : *options.file;
    }

    Runtime runtime(runtime_options(options, argv));
    timeout_ms = options.timeout_ms;
    Timeout timeout(runtime, options.timeout_ms);
    if (options.mode == Mode::Test262) return run_test262(runtime, source, options);
    if (name.empty()) {
        if (options.interactive || isatty(STDIN_FILENO)) return run_repl(runtime);
        std::optional<std::string> contents = read_file("-");
        if (!contents) return kExitUsage;
        source = std::move(*contents);
        name = "[stdin]";
    }

    bool module = options.module || ends_with(name, ".mjs");
    if (options.print_bytecode) {
        Result<std::string> listing = runtime.disassemble(source, name, module);
        if (!listing.ok()) return report(runtime, listing.error());
        std::fwrite(listing.value().data(), 1, listing.value().size(), stdout);
        return kExitOk;
    }
    if (module) {
        Result<void> result = runtime.run_module(name);
        if (!result.ok()) return report(runtime, result.error());
        int status = drain(runtime);
        if (status != kExitOk || !runtime.module_pending()) return status;
        // Node's exit status and warning for a top-level await the idle event loop can never settle.
        std::fputs("Warning: Detected unsettled top-level await\n", stderr);
        return kExitUnsettledTopLevelAwait;
    }

    Result<Value> result = runtime.evaluate_script(source, name);
    if (!result.ok()) return report(runtime, result.error());
    if (options.mode == Mode::Print) {
        Result<std::string> text = runtime.format_for_console(result.value());
        if (!text.ok()) return report(runtime, text.error());
        std::string line = text.value() + "\n";
        std::fwrite(line.data(), 1, line.size(), stdout);
    }
    int status = drain(runtime);
    if (status == kExitOk && options.interactive) return run_repl(runtime);
    return status;
}

} // namespace

} // namespace yieldjs::cli

int main(int argc, char** argv) {
    auto options = yieldjs::cli::parse_command_line(argc, argv);
    yieldjs::cli::exit_now(yieldjs::cli::run(options, argv));
}
