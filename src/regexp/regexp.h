#pragma once
// yjs::regexp - a self-contained ECMAScript 2025 regular-expression engine.
//
// compile() parses a pattern (with Annex B syntax unless "u"/"v" is given) and produces an immutable
// Program; match() runs a Program with a backtracking VM over Latin-1 or UTF-16 input. Nothing here
// depends on the rest of the engine; ICU provides the Unicode data.
//
//     auto flags = regexp::parse_flags(u"gi");
//     auto compiled = regexp::compile(u"(?<year>\\d{4})-(\\d\\d)", *flags);
//     if (!compiled.ok()) report(compiled.error().message);
//     std::vector<int32_t> captures(compiled.program().capture_slot_count());
//     auto status = regexp::match(compiled.program(), std::u16string_view(u"on 2024-05"), 0,
//                                 regexp::MatchMode::Search, captures);
//     // status == MatchStatus::Match; captures == {3, 10, 3, 7, 8, 10}
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace yjs::regexp {

struct Flags {
    bool has_indices = false;  // d
    bool global = false;       // g
    bool ignore_case = false;  // i
    bool multiline = false;    // m
    bool dot_all = false;      // s
    bool unicode = false;      // u
    bool unicode_sets = false; // v
    bool sticky = false;       // y

    // HasEitherUnicodeFlag: the pattern is a Unicode pattern (matches code points, strict syntax).
    bool either_unicode() const { return unicode || unicode_sets; }
    bool operator==(const Flags&) const = default;
};

// Parses a flags string. Fails (nullopt) on a code unit other than "dgimsuvy", on a repeated flag, and
// when both "u" and "v" are present (the last is a pattern SyntaxError in the spec; it is reported here
// too since no pattern is valid with both).
std::optional<Flags> parse_flags(std::u16string_view flags);
// The flags in the order RegExp.prototype.flags produces them: "dgimsuvy".
std::string flags_to_string(Flags flags);

// A named capture group. With ES2025 duplicate named groups, one name may label several groups (in
// different alternatives); `indices` lists them in ascending order.
struct NamedGroup {
    std::u16string name;
    std::vector<std::uint32_t> indices; // capture group numbers, 1-based
};

namespace detail {
struct Code;
}

// A compiled pattern. Immutable and cheap to copy (copies share the compiled code).
class Program {
public:
    Flags flags() const;
    // Number of capturing groups, not counting the implicit group 0 (the whole match).
    std::uint32_t capture_count() const;
    // Size of the captures array match() fills: 2 * (capture_count() + 1).
    std::uint32_t capture_slot_count() const { return 2 * (capture_count() + 1); }
    // Named groups in order of first appearance in the pattern.
    const std::vector<NamedGroup>& named_groups() const;
    // The name of capture group `index` (1-based), or nullptr if it is unnamed.
    const std::u16string* capture_name(std::uint32_t index) const;

    // Engine-internal: the compiled code (see bytecode.h).
    explicit Program(std::shared_ptr<const detail::Code> code) : code_(std::move(code)) {}
    const detail::Code& code() const { return *code_; }

private:
    std::shared_ptr<const detail::Code> code_;
};

struct CompileError {
    std::string message;  // e.g. "Unterminated group"; the caller adds "Invalid regular expression: /p/f: "
    std::uint32_t offset; // code-unit index in the pattern where the error was detected
};

class CompileResult {
public:
    CompileResult(Program program) : program_(std::move(program)) {}
    CompileResult(CompileError error) : error_(std::move(error)) {}

    bool ok() const { return program_.has_value(); }
    const Program& program() const { return *program_; }
    const CompileError& error() const { return *error_; }

private:
    std::optional<Program> program_;
    std::optional<CompileError> error_;
};

// Parses and compiles `pattern` (the RegExp source as UTF-16 code units) under `flags`. Every early
// error of ES2025 (including Annex B rules without "u"/"v") is reported as a CompileError.
CompileResult compile(std::u16string_view pattern, Flags flags);
// Only checks the pattern (for the parser's early errors on regular expression literals).
std::optional<CompileError> validate(std::u16string_view pattern, Flags flags);

enum class MatchMode : std::uint8_t {
    Sticky, // only try a match starting exactly at start_index
    Search, // try start_index, then each following position (by code point with "u"/"v") up to the end
};

enum class MatchStatus : std::uint8_t {
    Match,
    NoMatch,
    Interrupted,      // step budget exhausted or the interrupt callback asked to stop
    BacktrackOverflow // the backtrack stack grew past MatchLimits::max_backtrack_entries
};

// Optional bounds on one match() call. A "step" is one VM instruction or one backtrack.
struct MatchLimits {
    std::uint64_t step_budget = 0; // 0: unlimited
    // Polled every `poll_interval` steps; returning true aborts the match with MatchStatus::Interrupted.
    bool (*should_interrupt)(void* data) = nullptr;
    void* interrupt_data = nullptr;
    std::uint32_t poll_interval = 1u << 16;
    std::uint64_t max_backtrack_entries = 0; // 0: unlimited (bounded by memory)
};

// Runs `program` on `input`. `captures` must hold at least program.capture_slot_count() elements; on
// MatchStatus::Match, captures[2k] and captures[2k + 1] are the start and end (UTF-16 code-unit indices)
// of group k, or -1 if the group did not participate; group 0 is the whole match. On other statuses the
// contents of `captures` are unspecified.
//
// start_index must be <= input length, and the input length must fit in int32_t. With "u"/"v", a
// start_index between the two halves of a surrogate pair starts matching at the beginning of that pair
// (the pair is one character), as RegExpBuiltinExec's index mapping implies; the caller's lastIndex
// handling (AdvanceStringIndex etc.) is otherwise not done here.
MatchStatus match(const Program& program, std::u16string_view input, std::uint32_t start_index,
                  MatchMode mode, std::span<std::int32_t> captures, const MatchLimits* limits = nullptr);
// The same on Latin-1 input (each byte is one code unit U+0000..U+00FF).
MatchStatus match(const Program& program, std::string_view latin1, std::uint32_t start_index, MatchMode mode,
                  std::span<std::int32_t> captures, const MatchLimits* limits = nullptr);

} // namespace yjs::regexp
