#pragma once
// The compiled form of a pattern: a flat array of 32-bit words interpreted by the backtracking VM in
// matcher.cpp. Each instruction is an opcode word followed by its operands. The opcode word holds the
// Op in its low byte and kBackward when a character-consuming instruction reads to the left (inside a
// lookbehind).
#include "regexp/char_set.h"
#include "regexp/regexp.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace yjs::regexp::detail {

enum class Op : std::uint8_t {
    Match,       // success
    Char,        // [c]           one character equal to c
    CharPair,    // [c1, c2]      one character equal to c1 or c2
    String,      // [offset, len] code units strings[offset, offset + len) (case-sensitive literal run)
    Class,       // [class]       one character in classes[class]
    CheckClass,  // [class]       fail unless the next character is in classes[class]; consumes nothing
    Any,         //               any one character
    AssertStart, //               ^ without multiline
    AssertEnd,   //               $ without multiline
    AssertLineStart,
    AssertLineEnd,
    WordBoundary,    // [extended]   \b; extended: word characters include U+017F and U+212A
    NotWordBoundary, // [extended]   \B
    Jump,            // [target]
    Split,           // [alt]        continue with the next instruction; on failure resume at alt
    SplitJump,       // [target]     continue at target; on failure resume at the next instruction
    GroupStart,      // [reg]        reg = position
    GroupEnd,        // [group, reg] capture group = (reg, position) or (position, reg) when backward
    ClearCaptures,   // [first, count] groups first..first+count-1 become undefined
    Backref,         // [ignore_case, count, group...]
    SetPosition,     // [reg]        reg = position (for the empty check)
    CheckProgress,   // [reg]        fail if position == reg
    LoopInit,        // [reg]        reg = 0 (iteration counter)
    LoopBranch,      // [reg, min, max, greedy, exit]
    LoopContinue,    // [count_reg, position_reg or kNoRegister, min, max, head]
    LookStart,       // [reg, negative, end]
    LookEnd,         // [reg, negative]
    CharLoop,        // [min, max, greedy] followed by one Char/CharPair/Class/Any instruction
};

inline constexpr std::uint32_t kOpMask = 0xFF;
inline constexpr std::uint32_t kBackward = 0x100;
inline constexpr std::uint32_t kNoRegister = UINT32_MAX;

// Number of fixed operand words of each Op.
inline std::uint32_t operand_count(Op op) {
    switch (op) {
    case Op::Match:
    case Op::Any:
    case Op::AssertStart:
    case Op::AssertEnd:
    case Op::AssertLineStart:
    case Op::AssertLineEnd:
        return 0;
    case Op::Char:
    case Op::Class:
    case Op::CheckClass:
    case Op::WordBoundary:
    case Op::NotWordBoundary:
    case Op::Jump:
    case Op::Split:
    case Op::SplitJump:
    case Op::GroupStart:
    case Op::SetPosition:
    case Op::CheckProgress:
    case Op::LoopInit:
        return 1;
    case Op::CharPair:
    case Op::String:
    case Op::GroupEnd:
    case Op::ClearCaptures:
    case Op::LookEnd:
    case Op::Backref: // plus one word per group
        return 2;
    case Op::LookStart:
    case Op::CharLoop:
        return 3;
    case Op::LoopBranch:
    case Op::LoopContinue:
        return 5;
    }
    return 0;
}

// A character class ready for matching: a bitmap for Latin-1 and sorted ranges for the rest.
struct ClassTable {
    std::array<std::uint64_t, 4> latin1 = {};
    std::vector<CodePointRange> ranges; // members >= 256

    explicit ClassTable(const CharSet& set);
    bool contains(char32_t c) const {
        if (c < 256) return (latin1[c >> 6] >> (c & 63)) & 1;
        return contains_slow(c);
    }
    bool contains_slow(char32_t c) const;
};

// What the first character of any match must be, to skip hopeless start positions in Search mode.
struct FirstCharFilter {
    bool enabled = false;
    bool single = false; // exactly one possible character `ch`
    char32_t ch = 0;
    std::uint32_t class_index = 0; // into Code::classes otherwise
};

struct Code {
    Flags flags;
    std::uint32_t capture_count = 0;
    std::uint32_t register_count = 0;
    std::vector<NamedGroup> named_groups;
    std::vector<std::int32_t> capture_name_index; // per group number: into named_groups, or -1
    std::vector<std::uint32_t> code;
    std::vector<ClassTable> classes;
    std::u16string strings;
    // The pattern can only match at position 0 (it starts with ^ and is not multiline).
    bool anchored_start = false;
    FirstCharFilter first_char;
};

} // namespace yjs::regexp::detail
