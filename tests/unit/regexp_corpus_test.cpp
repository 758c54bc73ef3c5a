// Compares the engine with node on the corpus in regexp_corpus_table.inc (generated once by
// regexp_corpus_gen.js; node is not needed to run this test).
#include "regexp/regexp.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::literals;
using namespace yjs::regexp;

enum Expected { kMatch, kNull, kSyntaxError };

struct CorpusCase {
    std::u16string_view pattern;
    std::string_view flags;
    std::u16string_view input;
    std::uint32_t last_index;
    Expected expected;
    std::vector<std::int32_t> indices;
};

const CorpusCase kCorpus[] = {
#include "regexp_corpus_table.inc"
};

std::string describe(const CorpusCase& c) {
    std::string out = "/";
    for (char16_t u : c.pattern) {
        if (u >= 0x20 && u < 0x7F) {
            out += static_cast<char>(u);
        } else {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04X", u);
            out += buffer;
        }
    }
    out += "/";
    out += c.flags;
    return out;
}

TEST(RegExpCorpus, MatchesNode) {
    std::size_t checked = 0;
    for (const CorpusCase& c : kCorpus) {
        SCOPED_TRACE(describe(c));
        std::u16string flag_text(c.flags.begin(), c.flags.end());
        std::optional<Flags> flags = parse_flags(flag_text);
        if (!flags) {
            EXPECT_EQ(c.expected, kSyntaxError);
            continue;
        }
        CompileResult compiled = compile(c.pattern, *flags);
        if (c.expected == kSyntaxError) {
            EXPECT_FALSE(compiled.ok());
            continue;
        }
        if (!compiled.ok()) {
            ADD_FAILURE() << "unexpected SyntaxError: " << compiled.error().message;
            continue;
        }
        const Program& program = compiled.program();
        std::vector<std::int32_t> captures(program.capture_slot_count());
        std::uint32_t start = flags->global || flags->sticky ? c.last_index : 0;
        MatchMode mode = flags->sticky ? MatchMode::Sticky : MatchMode::Search;
        MatchStatus status = match(program, c.input, start, mode, captures);
        if (c.expected == kNull) {
            EXPECT_EQ(status, MatchStatus::NoMatch);
        } else {
            EXPECT_EQ(status, MatchStatus::Match);
            if (status == MatchStatus::Match) {
                EXPECT_EQ(captures, c.indices);
            }
        }
        ++checked;
    }
    EXPECT_GT(checked, 400u);
}

} // namespace
