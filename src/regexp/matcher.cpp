// The backtracking VM. All state lives in heap-allocated vectors: the capture slots, the registers, and
// the backtrack stack of choice points and undo records; the native stack depth is constant.
#include "regexp/ast.h"
#include "regexp/bytecode.h"
#include "regexp/regexp.h"
#include "regexp/unicode.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <limits>

namespace yjs::regexp {

using detail::Code;
using detail::kBackward;
using detail::kNoRegister;
using detail::kOpMask;
using detail::Op;

namespace {

bool is_lead(char32_t c) {
    return c >= 0xD800 && c <= 0xDBFF;
}
bool is_trail(char32_t c) {
    return c >= 0xDC00 && c <= 0xDFFF;
}
char32_t combine(char32_t lead, char32_t trail) {
    return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00);
}

bool is_word_character(char32_t c, bool extended) {
    if (c < 128)
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    return extended && (c == 0x017F || c == 0x212A);
}

// Backtrack stack records.
enum EntryKind : std::uint32_t {
    kChoice,          // resume at pc a with position b
    kRestoreCapture,  // capture slot a had value b
    kRestoreRegister, // register a had value b
    kLookMarker,      // lookaround started by the LookStart at pc a, at position b
    kGreedyLoop,      // CharLoop at pc a may give back characters down to position b; now at c
    kLazyLoop,        // CharLoop at pc a has matched b characters, now at position c
};

struct Entry {
    std::uint32_t kind;
    std::uint32_t a;
    std::uint32_t b;
    std::uint32_t c;
};

enum class Outcome { Match, Fail, Interrupted, Overflow };

template <typename CharT> class Vm {
public:
    Vm(const Code& code, const CharT* input, std::uint32_t length, const MatchLimits* limits,
       std::int32_t* captures)
        : code_(code), program_(code.code.data()), input_(input), length_(length),
          unicode_(code.flags.either_unicode()), limits_(limits), captures_(captures),
          registers_(code.register_count, 0) {
        if (limits_ != nullptr) {
            budget_left_ =
                limits_->step_budget == 0 ? std::numeric_limits<std::uint64_t>::max() : limits_->step_budget;
            max_entries_ = limits_->max_backtrack_entries;
        }
        steps_left_ = chunk_size_ = next_chunk();
    }

    MatchStatus run(std::uint32_t start, MatchMode mode);

private:
    bool read(std::uint32_t pos, bool backward, char32_t& c, std::uint32_t& next) const {
        if (!backward) {
            if (pos >= length_) return false;
            c = input_[pos];
            next = pos + 1;
            if constexpr (sizeof(CharT) == 2) {
                if (unicode_ && is_lead(c) && next < length_ && is_trail(input_[next])) {
                    c = combine(c, input_[next]);
                    ++next;
                }
            }
        } else {
            if (pos == 0) return false;
            c = input_[pos - 1];
            next = pos - 1;
            if constexpr (sizeof(CharT) == 2) {
                if (unicode_ && is_trail(c) && next > 0 && is_lead(input_[next - 1])) {
                    c = combine(input_[next - 1], c);
                    --next;
                }
            }
        }
        return true;
    }

    bool in_pair(std::uint32_t pos) const {
        if constexpr (sizeof(CharT) == 2)
            return unicode_ && pos > 0 && pos < length_ && is_lead(input_[pos - 1]) && is_trail(input_[pos]);
        return false;
    }

    std::uint32_t advance(std::uint32_t pos) const {
        if constexpr (sizeof(CharT) == 2)
            if (unicode_ && pos + 1 < length_ && is_lead(input_[pos]) && is_trail(input_[pos + 1]))
                return pos + 2;
        return pos + 1;
    }

    // Matches the one-character instruction at `pc` at `pos`.
    bool match_one(std::uint32_t pc, std::uint32_t pos, std::uint32_t& next) const {
        std::uint32_t insn = program_[pc];
        char32_t c;
        if (!read(pos, insn & kBackward, c, next)) return false;
        switch (static_cast<Op>(insn & kOpMask)) {
        case Op::Char:
            return c == program_[pc + 1];
        case Op::CharPair:
            return c == program_[pc + 1] || c == program_[pc + 2];
        case Op::Class:
            return code_.classes[program_[pc + 1]].contains(c);
        case Op::Any:
            return true;
        default:
            return false;
        }
    }

    std::uint32_t instruction_length(std::uint32_t pc) const {
        Op op = static_cast<Op>(program_[pc] & kOpMask);
        if (op == Op::Backref) return 3 + program_[pc + 2];
        return 1 + detail::operand_count(op);
    }

    bool match_string(std::uint32_t offset, std::uint32_t length, std::uint32_t& pos, bool backward) const {
        const char16_t* s = code_.strings.data() + offset;
        std::uint32_t begin;
        if (!backward) {
            if (length > length_ - pos) return false;
            begin = pos;
        } else {
            if (length > pos) return false;
            begin = pos - length;
        }
        for (std::uint32_t i = 0; i < length; ++i)
            if (input_[begin + i] != s[i]) return false;
        pos = backward ? begin : begin + length;
        return true;
    }

    bool match_backref(bool ignore_case, std::uint32_t start, std::uint32_t end, std::uint32_t& pos,
                       bool backward) const;

    std::uint64_t next_chunk() {
        if (limits_ == nullptr) return std::numeric_limits<std::uint64_t>::max();
        std::uint64_t chunk = limits_->should_interrupt != nullptr
                                  ? std::max<std::uint32_t>(limits_->poll_interval, 1)
                                  : std::numeric_limits<std::uint64_t>::max();
        return std::min(chunk, budget_left_);
    }

    // Called when a chunk of steps is used up; returns false to abort.
    bool refill_steps() {
        if (limits_ == nullptr) return true;
        budget_left_ -= std::min(budget_left_, chunk_size_);
        if (budget_left_ == 0) return false;
        if (limits_->should_interrupt != nullptr && limits_->should_interrupt(limits_->interrupt_data))
            return false;
        steps_left_ = chunk_size_ = next_chunk();
        return true;
    }

    bool tick() {
        if (--steps_left_ != 0) return true;
        return refill_steps();
    }

    bool push(std::uint32_t kind, std::uint32_t a, std::uint32_t b, std::uint32_t c = 0) {
        if (max_entries_ != 0 && stack_.size() >= max_entries_) return false;
        stack_.push_back({kind, a, b, c});
        return true;
    }

    bool set_capture(std::uint32_t slot, std::int32_t value) {
        if (!push(kRestoreCapture, slot, static_cast<std::uint32_t>(captures_[slot]))) return false;
        captures_[slot] = value;
        return true;
    }

    bool set_register(std::uint32_t reg, std::uint32_t value) {
        if (!push(kRestoreRegister, reg, registers_[reg])) return false;
        registers_[reg] = value;
        return true;
    }

    Outcome attempt(std::uint32_t start);
    bool backtrack(std::uint32_t& pc, std::uint32_t& pos);
    bool find_candidate(std::uint32_t& pos) const;

    const Code& code_;
    const std::uint32_t* program_;
    const CharT* input_;
    std::uint32_t length_;
    bool unicode_;
    const MatchLimits* limits_;
    std::int32_t* captures_;
    std::vector<std::uint32_t> registers_;
    std::vector<Entry> stack_;
    std::uint64_t steps_left_ = 0;
    std::uint64_t chunk_size_ = 0;
    std::uint64_t budget_left_ = 0;
    std::uint64_t max_entries_ = 0;
    bool interrupted_ = false;
};

template <typename CharT>
bool Vm<CharT>::match_backref(bool ignore_case, std::uint32_t start, std::uint32_t end, std::uint32_t& pos,
                              bool backward) const {
    std::uint32_t length = end - start;
    if (!ignore_case) {
        std::uint32_t begin;
        if (!backward) {
            if (length > length_ - pos) return false;
            begin = pos;
        } else {
            if (length > pos) return false;
            begin = pos - length;
        }
        if (!std::equal(input_ + start, input_ + end, input_ + begin)) return false;
        // With "u"/"v" the match must not end (or start) in the middle of a surrogate pair.
        if (in_pair(backward ? begin : begin + length)) return false;
        pos = backward ? begin : begin + length;
        return true;
    }
    std::uint32_t i = backward ? end : start;
    std::uint32_t j = pos;
    while (backward ? i > start : i < end) {
        char32_t a = 0, b = 0;
        std::uint32_t next_i = i, next_j = j;
        read(i, backward, a, next_i);
        if (!read(j, backward, b, next_j)) return false;
        if (a != b && Canonicalize(a, unicode_) != Canonicalize(b, unicode_)) return false;
        i = next_i;
        j = next_j;
    }
    pos = j;
    return true;
}

template <typename CharT> bool Vm<CharT>::backtrack(std::uint32_t& pc, std::uint32_t& pos) {
    while (!stack_.empty()) {
        if (!tick()) {
            interrupted_ = true;
            return false;
        }
        Entry& entry = stack_.back();
        switch (entry.kind) {
        case kChoice:
            pc = entry.a;
            pos = entry.b;
            stack_.pop_back();
            return true;
        case kRestoreCapture:
            captures_[entry.a] = static_cast<std::int32_t>(entry.b);
            stack_.pop_back();
            break;
        case kRestoreRegister:
            registers_[entry.a] = entry.b;
            stack_.pop_back();
            break;
        case kLookMarker: {
            std::uint32_t look_pc = entry.a;
            std::uint32_t start = entry.b;
            stack_.pop_back();
            if (program_[look_pc + 2] != 0) {
                // The body of a negative lookaround failed: the lookaround succeeds.
                pos = start;
                pc = program_[look_pc + 3];
                return true;
            }
            break;
        }
        case kGreedyLoop: {
            std::uint32_t loop_pc = entry.a;
            std::uint32_t floor = entry.b;
            std::uint32_t at = entry.c;
            bool backward = program_[loop_pc + 4] & kBackward;
            if (!backward) {
                --at;
                if constexpr (sizeof(CharT) == 2)
                    if (unicode_ && at > floor && is_trail(input_[at]) && is_lead(input_[at - 1])) --at;
            } else {
                ++at;
                if constexpr (sizeof(CharT) == 2)
                    if (unicode_ && at < floor && is_lead(input_[at - 1]) && is_trail(input_[at])) ++at;
            }
            if (at == floor)
                stack_.pop_back();
            else
                entry.c = at;
            pos = at;
            pc = loop_pc + 4 + instruction_length(loop_pc + 4);
            return true;
        }
        case kLazyLoop: {
            std::uint32_t loop_pc = entry.a;
            std::uint32_t count = entry.b;
            std::uint32_t next;
            if (!match_one(loop_pc + 4, entry.c, next)) {
                stack_.pop_back();
                break;
            }
            ++count;
            if (count >= program_[loop_pc + 2]) {
                stack_.pop_back();
            } else {
                entry.b = count;
                entry.c = next;
            }
            pos = next;
            pc = loop_pc + 4 + instruction_length(loop_pc + 4);
            return true;
        }
        }
    }
    return false;
}

template <typename CharT> Outcome Vm<CharT>::attempt(std::uint32_t start) {
    const std::uint32_t* code = program_;
    std::uint32_t pc = 0;
    std::uint32_t pos = start;
    stack_.clear();

#define YJS_REGEXP_PUSH(expression)                                                                          \
    do {                                                                                                     \
        if (!(expression)) return Outcome::Overflow;                                                         \
    } while (0)

    while (true) {
        if (!tick()) return Outcome::Interrupted;
        std::uint32_t insn = code[pc];
        bool backward = insn & kBackward;
        switch (static_cast<Op>(insn & kOpMask)) {
        case Op::Match:
            captures_[0] = static_cast<std::int32_t>(start);
            captures_[1] = static_cast<std::int32_t>(pos);
            return Outcome::Match;
        case Op::Char:
        case Op::CharPair:
        case Op::Class:
        case Op::Any: {
            std::uint32_t next;
            if (!match_one(pc, pos, next)) goto fail;
            pos = next;
            pc += 1 + detail::operand_count(static_cast<Op>(insn & kOpMask));
            continue;
        }
        case Op::CheckClass: {
            std::uint32_t next;
            char32_t c;
            if (!read(pos, backward, c, next) || !code_.classes[code[pc + 1]].contains(c)) goto fail;
            pc += 2;
            continue;
        }
        case Op::String:
            if (!match_string(code[pc + 1], code[pc + 2], pos, backward)) goto fail;
            pc += 3;
            continue;
        case Op::AssertStart:
            if (pos != 0) goto fail;
            pc += 1;
            continue;
        case Op::AssertEnd:
            if (pos != length_) goto fail;
            pc += 1;
            continue;
        case Op::AssertLineStart:
            if (pos != 0 && !is_line_terminator(input_[pos - 1])) goto fail;
            pc += 1;
            continue;
        case Op::AssertLineEnd:
            if (pos != length_ && !is_line_terminator(input_[pos])) goto fail;
            pc += 1;
            continue;
        case Op::WordBoundary:
        case Op::NotWordBoundary: {
            bool extended = code[pc + 1] != 0;
            bool before = pos > 0 && is_word_character(input_[pos - 1], extended);
            bool after = pos < length_ && is_word_character(input_[pos], extended);
            bool boundary = before != after;
            if (boundary != (static_cast<Op>(insn & kOpMask) == Op::WordBoundary)) goto fail;
            pc += 2;
            continue;
        }
        case Op::Jump:
            pc = code[pc + 1];
            continue;
        case Op::Split:
            YJS_REGEXP_PUSH(push(kChoice, code[pc + 1], pos));
            pc += 2;
            continue;
        case Op::SplitJump:
            YJS_REGEXP_PUSH(push(kChoice, pc + 2, pos));
            pc = code[pc + 1];
            continue;
        case Op::GroupStart:
        case Op::SetPosition:
            YJS_REGEXP_PUSH(set_register(code[pc + 1], pos));
            pc += 2;
            continue;
        case Op::GroupEnd: {
            std::uint32_t group = code[pc + 1];
            std::uint32_t other = registers_[code[pc + 2]];
            std::uint32_t first = backward ? pos : other;
            std::uint32_t last = backward ? other : pos;
            YJS_REGEXP_PUSH(set_capture(2 * group, static_cast<std::int32_t>(first)));
            YJS_REGEXP_PUSH(set_capture(2 * group + 1, static_cast<std::int32_t>(last)));
            pc += 3;
            continue;
        }
        case Op::ClearCaptures: {
            std::uint32_t first_slot = 2 * code[pc + 1];
            std::uint32_t end_slot = first_slot + 2 * code[pc + 2];
            for (std::uint32_t slot = first_slot; slot < end_slot; ++slot)
                if (captures_[slot] != -1) YJS_REGEXP_PUSH(set_capture(slot, -1));
            pc += 3;
            continue;
        }
        case Op::Backref: {
            bool ignore_case = code[pc + 1] != 0;
            std::uint32_t count = code[pc + 2];
            std::int32_t group_start = -1, group_end = -1;
            for (std::uint32_t i = 0; i < count; ++i) {
                std::uint32_t group = code[pc + 3 + i];
                if (captures_[2 * group] != -1) {
                    group_start = captures_[2 * group];
                    group_end = captures_[2 * group + 1];
                    break;
                }
            }
            if (group_start != -1 && !match_backref(ignore_case, static_cast<std::uint32_t>(group_start),
                                                    static_cast<std::uint32_t>(group_end), pos, backward))
                goto fail;
            pc += 3 + count;
            continue;
        }
        case Op::CheckProgress:
            if (pos == registers_[code[pc + 1]]) goto fail;
            pc += 2;
            continue;
        case Op::LoopInit:
            YJS_REGEXP_PUSH(set_register(code[pc + 1], 0));
            pc += 2;
            continue;
        case Op::LoopBranch: {
            std::uint32_t count = registers_[code[pc + 1]];
            std::uint32_t min = code[pc + 2];
            std::uint32_t max = code[pc + 3];
            bool greedy = code[pc + 4] != 0;
            std::uint32_t exit = code[pc + 5];
            std::uint32_t body = pc + 6;
            if (count < min) {
                pc = body;
            } else if (count >= max) {
                pc = exit;
            } else if (greedy) {
                YJS_REGEXP_PUSH(push(kChoice, exit, pos));
                pc = body;
            } else {
                YJS_REGEXP_PUSH(push(kChoice, body, pos));
                pc = exit;
            }
            continue;
        }
        case Op::LoopContinue: {
            std::uint32_t count_reg = code[pc + 1];
            std::uint32_t position_reg = code[pc + 2];
            std::uint32_t min = code[pc + 3];
            std::uint32_t max = code[pc + 4];
            std::uint32_t count = registers_[count_reg];
            // RepeatMatcher: once the minimum is reached, an iteration that matched empty fails.
            if (position_reg != kNoRegister && count >= min && pos == registers_[position_reg]) goto fail;
            if (count < min || max != kInfinity) YJS_REGEXP_PUSH(set_register(count_reg, count + 1));
            pc = code[pc + 5];
            continue;
        }
        case Op::LookStart:
            registers_[code[pc + 1]] = static_cast<std::uint32_t>(stack_.size());
            YJS_REGEXP_PUSH(push(kLookMarker, pc, pos));
            pc += 4;
            continue;
        case Op::LookEnd: {
            std::uint32_t marker = registers_[code[pc + 1]];
            bool negative = code[pc + 2] != 0;
            if (!negative) {
                // Lookarounds are atomic: drop the body's choice points but keep its capture undo records so
                // that backtracking past the lookaround still restores the captures. Registers written in the
                // body belong to nodes inside it, which reinitialize them when entered again.
                pos = stack_[marker].b;
                std::size_t out = marker;
                for (std::size_t i = marker + 1; i < stack_.size(); ++i)
                    if (stack_[i].kind == kRestoreCapture) stack_[out++] = stack_[i];
                stack_.resize(out);
                pc += 3;
                continue;
            }
            // The body of a negative lookaround matched: undo it and fail.
            while (stack_.size() > marker + 1) {
                const Entry& entry = stack_.back();
                if (entry.kind == kRestoreCapture)
                    captures_[entry.a] = static_cast<std::int32_t>(entry.b);
                else if (entry.kind == kRestoreRegister)
                    registers_[entry.a] = entry.b;
                stack_.pop_back();
            }
            stack_.pop_back();
            goto fail;
        }
        case Op::CharLoop: {
            std::uint32_t min = code[pc + 1];
            std::uint32_t max = code[pc + 2];
            bool greedy = code[pc + 3] != 0;
            std::uint32_t inner = pc + 4;
            std::uint32_t continuation = inner + instruction_length(inner);
            std::uint32_t count = 0;
            std::uint32_t at = pos;
            std::uint32_t next;
            while (count < min) {
                if (!match_one(inner, at, next)) goto fail;
                at = next;
                ++count;
            }
            if (greedy) {
                std::uint32_t floor = at;
                while (count < max && match_one(inner, at, next)) {
                    at = next;
                    ++count;
                }
                if (at != floor) YJS_REGEXP_PUSH(push(kGreedyLoop, pc, floor, at));
            } else if (count < max) {
                YJS_REGEXP_PUSH(push(kLazyLoop, pc, count, at));
            }
            pos = at;
            pc = continuation;
            continue;
        }
        }
    fail:
        if (!backtrack(pc, pos)) return interrupted_ ? Outcome::Interrupted : Outcome::Fail;
    }
#undef YJS_REGEXP_PUSH
}

// Moves `pos` forward to the next position (a character boundary) where the first-character filter
// admits a match; false if there is none.
template <typename CharT> bool Vm<CharT>::find_candidate(std::uint32_t& pos) const {
    const detail::FirstCharFilter& filter = code_.first_char;
    if (filter.single) {
        char32_t c = filter.ch;
        bool simple = sizeof(CharT) == 1 || !unicode_ || c >= 0x10000 || !(c >= 0xD800 && c <= 0xDFFF);
        if (simple) {
            if (c >= 0x10000) {
                if (sizeof(CharT) == 1) return false;
                c = 0xD800 + ((c - 0x10000) >> 10);
            }
            if (sizeof(CharT) == 1 && c > 0xFF) return false;
            const CharT* found = std::find(input_ + pos, input_ + length_, static_cast<CharT>(c));
            if (found == input_ + length_) return false;
            pos = static_cast<std::uint32_t>(found - input_);
            return true;
        }
    }
    while (pos < length_) {
        char32_t c;
        std::uint32_t next;
        read(pos, false, c, next);
        bool admitted = filter.single ? c == filter.ch : code_.classes[filter.class_index].contains(c);
        if (admitted) return true;
        pos = next;
    }
    return false;
}

template <typename CharT> MatchStatus Vm<CharT>::run(std::uint32_t start, MatchMode mode) {
    std::fill(captures_, captures_ + 2 * (code_.capture_count + 1), -1);
    std::uint32_t pos = start;
    if (in_pair(pos)) --pos;
    if (mode == MatchMode::Search && code_.anchored_start && pos != 0) return MatchStatus::NoMatch;
    bool filter = mode == MatchMode::Search && code_.first_char.enabled;
    while (true) {
        if (filter && !find_candidate(pos)) return MatchStatus::NoMatch;
        switch (attempt(pos)) {
        case Outcome::Match:
            return MatchStatus::Match;
        case Outcome::Interrupted:
            return MatchStatus::Interrupted;
        case Outcome::Overflow:
            return MatchStatus::BacktrackOverflow;
        case Outcome::Fail:
            break;
        }
        if (mode == MatchMode::Sticky || code_.anchored_start || pos >= length_) return MatchStatus::NoMatch;
        pos = advance(pos);
    }
}

template <typename CharT>
MatchStatus run_vm(const Program& program, const CharT* input, std::size_t length, std::uint32_t start_index,
                   MatchMode mode, std::span<std::int32_t> captures, const MatchLimits* limits) {
    assert(length <= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()));
    assert(start_index <= length);
    assert(captures.size() >= program.capture_slot_count());
    Vm<CharT> vm(program.code(), input, static_cast<std::uint32_t>(length), limits, captures.data());
    return vm.run(start_index, mode);
}

} // namespace

MatchStatus match(const Program& program, std::u16string_view input, std::uint32_t start_index,
                  MatchMode mode, std::span<std::int32_t> captures, const MatchLimits* limits) {
    return run_vm(program, input.data(), input.size(), start_index, mode, captures, limits);
}

MatchStatus match(const Program& program, std::string_view latin1, std::uint32_t start_index, MatchMode mode,
                  std::span<std::int32_t> captures, const MatchLimits* limits) {
    return run_vm(program, reinterpret_cast<const unsigned char*>(latin1.data()), latin1.size(), start_index,
                  mode, captures, limits);
}

} // namespace yjs::regexp
