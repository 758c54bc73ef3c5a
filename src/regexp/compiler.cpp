#include "regexp/compiler.h"

#include "regexp/unicode.h"

#include <algorithm>
#include <map>

namespace yjs::regexp {

using detail::ClassTable;
using detail::Code;
using detail::kBackward;
using detail::kNoRegister;
using detail::Op;

detail::ClassTable::ClassTable(const CharSet& set) {
    for (const CodePointRange& r : set.ranges()) {
        for (char32_t c = r.first; c <= r.last && c < 256; ++c)
            latin1[c >> 6] |= std::uint64_t(1) << (c & 63);
        if (r.last >= 256) ranges.push_back({std::max<char32_t>(r.first, 256), r.last});
    }
}

bool detail::ClassTable::contains_slow(char32_t c) const {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), c,
                               [](char32_t value, const CodePointRange& r) { return value < r.first; });
    return it != ranges.begin() && c <= (it - 1)->last;
}

namespace {

constexpr std::size_t kMaxFirstSetRanges = 4096;
// A trie node with at least this many branches first checks the next character against all of them.
constexpr std::size_t kTrieGuardBranches = 4;

std::uint32_t saturating_add(std::uint32_t a, std::uint32_t b) {
    return a > kInfinity - b ? kInfinity : a + b;
}

std::uint32_t saturating_mul(std::uint32_t a, std::uint32_t b) {
    if (a == 0 || b == 0) return 0;
    return a > kInfinity / b ? kInfinity : a * b;
}

bool is_surrogate(char32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

// Facts about a node, computed bottom-up.
struct NodeInfo {
    std::uint32_t min_length = 0; // in characters, saturating
    bool zero_width = false;      // never consumes input
    std::uint32_t first_group = 0;
    std::uint32_t group_count = 0; // capturing groups inside, numbered first_group..
    bool single = false;           // matches exactly one character in `set`, without side effects
    CharSet set;
    // Possible first characters of a forward match (first_any: unknown), and whether it can match empty.
    bool first_any = false;
    CharSet first;
    bool nullable = true;
};

class Compiler {
public:
    Compiler(const Ast& ast, Flags flags) : ast_(ast), flags_(flags), unicode_(flags.either_unicode()) {}
    std::shared_ptr<const Code> compile();

private:
    struct Frame {
        Frame(std::uint32_t node, bool backward) : node(node), backward(backward) {}
        std::uint32_t node;
        bool backward;
        std::uint32_t state = 0;
        std::uint32_t label = 0;
        std::uint32_t site = 0;
        std::uint32_t reg1 = kNoRegister;
        std::uint32_t reg2 = kNoRegister;
        int strategy = 0;
        std::vector<std::uint32_t> patches;
    };

    void analyze();
    CharSet char_set(char32_t c, bool ignore_case) const;
    CharSet class_set(const ClassData& data, bool ignore_case) const;
    void set_first(NodeInfo& info, const CharSet& set);

    std::uint32_t here() const { return static_cast<std::uint32_t>(code_->code.size()); }
    std::uint32_t emit(Op op, bool backward = false) {
        code_->code.push_back(static_cast<std::uint32_t>(op) | (backward ? kBackward : 0));
        return here() - 1;
    }
    // Appends an operand word and returns its index (for patching).
    std::uint32_t word(std::uint32_t value) {
        code_->code.push_back(value);
        return here() - 1;
    }
    void patch(std::uint32_t site, std::uint32_t target) { code_->code[site] = target; }
    std::uint32_t new_register() { return register_count_++; }
    std::uint32_t class_index(const CharSet& set);
    void emit_set_matcher(const CharSet& set, bool backward);
    void emit_check_class(const CharSet& set, bool backward);
    bool is_literal_char(std::uint32_t node) const;
    std::uint32_t emit_string_run(const std::vector<std::uint32_t>& children, std::size_t index,
                                  bool backward);
    void emit_class_strings(const ClassData& data, bool ignore_case, bool backward);
    void emit_trie(const std::vector<std::u32string>& strings, bool ignore_case, bool backward);
    void emit_tree();
    void enter_quantifier(std::vector<Frame>& stack);
    void leave_quantifier(Frame& frame);
    void compute_filters();

    const Ast& ast_;
    Flags flags_;
    bool unicode_;
    std::vector<NodeInfo> info_;
    std::shared_ptr<Code> code_;
    std::uint32_t register_count_ = 0;
    std::map<std::vector<std::uint32_t>, std::uint32_t> class_indices_;
};

CharSet Compiler::char_set(char32_t c, bool ignore_case) const {
    CharSet set = CharSet::single(c);
    if (ignore_case) add_case_equivalents(set, unicode_);
    return set;
}

CharSet Compiler::class_set(const ClassData& data, bool ignore_case) const {
    CharSet set = data.contents.chars;
    if (ignore_case) add_case_equivalents(set, unicode_);
    if (data.negated) set = set.complemented();
    return set;
}

void Compiler::set_first(NodeInfo& info, const CharSet& set) {
    info.first = set;
    info.first_any = set.ranges().size() > kMaxFirstSetRanges;
}

void Compiler::analyze() {
    info_.resize(ast_.nodes.size());
    for (std::size_t index = 0; index < ast_.nodes.size(); ++index) {
        const Node& node = ast_.nodes[index];
        NodeInfo& info = info_[index];
        auto child = [&](std::size_t i) -> const NodeInfo& { return info_[node.children[i]]; };
        switch (node.kind) {
        case NodeKind::Empty:
        case NodeKind::AssertStart:
        case NodeKind::AssertEnd:
        case NodeKind::WordBoundary:
            info.zero_width = true;
            break;
        case NodeKind::Char:
            info.single = true;
            info.set = char_set(node.value, node.ignore_case);
            break;
        case NodeKind::Dot:
            info.single = true;
            info.set = CharSet::range(0, kMaxCodePoint);
            if (!node.dot_all) {
                CharSet terminators;
                for (char32_t c : {0x0Au, 0x0Du, 0x2028u, 0x2029u})
                    terminators.add(c);
                info.set = info.set.subtracted(terminators);
            }
            break;
        case NodeKind::Class: {
            const ClassData& data = ast_.classes[node.value];
            CharSet chars = class_set(data, node.ignore_case);
            if (!data.contents.has_strings()) {
                info.single = true;
                info.set = std::move(chars);
                break;
            }
            CharSet first = chars;
            std::uint32_t min_length = chars.empty() ? kInfinity : 1;
            for (const std::u32string& s : data.contents.strings) {
                min_length = std::min(min_length, static_cast<std::uint32_t>(s.size()));
                if (!s.empty()) first.add_set(char_set(s[0], node.ignore_case));
            }
            info.min_length = min_length;
            info.zero_width =
                chars.empty() && data.contents.strings.size() == 1 && data.contents.strings[0].empty();
            info.nullable = min_length == 0;
            set_first(info, first);
            break;
        }
        case NodeKind::Backreference:
            info.first_any = true;
            break;
        case NodeKind::Lookaround:
            info.zero_width = true;
            info.first_group = child(0).first_group;
            info.group_count = child(0).group_count;
            break;
        case NodeKind::Group:
            info = child(0);
            info.single = false;
            info.first_group = node.value;
            info.group_count = child(0).group_count + 1;
            break;
        case NodeKind::Quantifier: {
            const NodeInfo& body = child(0);
            info.min_length = saturating_mul(body.min_length, node.min);
            info.zero_width = node.max == 0 || body.zero_width;
            info.first_group = body.first_group;
            info.group_count = body.group_count;
            info.nullable = node.min == 0 || body.nullable;
            info.first_any = body.first_any;
            info.first = body.first;
            break;
        }
        case NodeKind::Sequence:
        case NodeKind::Alternation: {
            bool sequence = node.kind == NodeKind::Sequence;
            info.zero_width = true;
            info.min_length = sequence ? 0 : kInfinity;
            info.nullable = sequence;
            bool all_single = !sequence;
            bool first_open = true; // still collecting first characters (sequence)
            for (std::size_t i = 0; i < node.children.size(); ++i) {
                const NodeInfo& c = child(i);
                info.zero_width = info.zero_width && c.zero_width;
                if (c.group_count > 0) {
                    if (info.group_count == 0) info.first_group = c.first_group;
                    info.group_count += c.group_count;
                }
                all_single = all_single && c.single;
                if (sequence) {
                    info.min_length = saturating_add(info.min_length, c.min_length);
                    if (first_open) {
                        info.first_any = info.first_any || c.first_any;
                        if (!info.first_any) info.first.add_set(c.first);
                        if (!c.nullable) {
                            first_open = false;
                            info.nullable = false;
                        }
                    }
                } else {
                    info.min_length = std::min(info.min_length, c.min_length);
                    info.nullable = info.nullable || c.nullable;
                    info.first_any = info.first_any || c.first_any;
                    if (!info.first_any) info.first.add_set(c.first);
                }
            }
            if (all_single) {
                // An alternation of single characters is a character class.
                info.single = true;
                for (std::size_t i = 0; i < node.children.size(); ++i)
                    info.set.add_set(child(i).set);
            }
            if (info.first.ranges().size() > kMaxFirstSetRanges) info.first_any = true;
            if (info.first_any) info.first = CharSet();
            break;
        }
        }
        if (info.single) {
            info.min_length = 1;
            info.zero_width = false;
            info.nullable = false;
            set_first(info, info.set);
        }
    }
}

std::uint32_t Compiler::class_index(const CharSet& set) {
    std::vector<std::uint32_t> key;
    for (const CodePointRange& r : set.ranges()) {
        key.push_back(r.first);
        key.push_back(r.last);
    }
    auto [it, inserted] =
        class_indices_.emplace(std::move(key), static_cast<std::uint32_t>(code_->classes.size()));
    if (inserted) code_->classes.emplace_back(set);
    return it->second;
}

void Compiler::emit_set_matcher(const CharSet& set, bool backward) {
    const auto& ranges = set.ranges();
    char32_t all = unicode_ ? kMaxCodePoint : kMaxCodeUnit;
    if (!ranges.empty() && ranges[0].first == 0 && ranges[0].last >= all) {
        emit(Op::Any, backward);
        return;
    }
    if (set.size() == 1) {
        emit(Op::Char, backward);
        word(ranges[0].first);
        return;
    }
    if (set.size() == 2) {
        emit(Op::CharPair, backward);
        word(ranges[0].first);
        word(ranges.size() == 2 ? ranges[1].first : ranges[0].last);
        return;
    }
    std::uint32_t index = class_index(set);
    emit(Op::Class, backward);
    word(index);
}

void Compiler::emit_check_class(const CharSet& set, bool backward) {
    std::uint32_t index = class_index(set);
    emit(Op::CheckClass, backward);
    word(index);
}

// A Char node that can be matched as part of a literal code-unit string: case-sensitively equal to one
// character and, with "u"/"v", not a lone surrogate (which must not match half of a pair).
bool Compiler::is_literal_char(std::uint32_t node) const {
    if (ast_.nodes[node].kind != NodeKind::Char) return false;
    char32_t c;
    if (!info_[node].set.is_single(&c)) return false;
    return !(unicode_ && is_surrogate(c));
}

// Emits a String instruction for the run of literal characters around children[index] (extending right
// when forward, left when backward) if it spans at least two code units. Returns the number of children
// consumed, 0 if no String was emitted.
std::uint32_t Compiler::emit_string_run(const std::vector<std::uint32_t>& children, std::size_t index,
                                        bool backward) {
    std::size_t begin = index, end = index + 1;
    if (backward) {
        while (begin > 0 && is_literal_char(children[begin - 1]))
            --begin;
    } else {
        while (end < children.size() && is_literal_char(children[end]))
            ++end;
    }
    std::u16string units;
    for (std::size_t i = begin; i < end; ++i) {
        char32_t c = ast_.nodes[children[i]].value;
        if (c < 0x10000) {
            units.push_back(static_cast<char16_t>(c));
        } else {
            units.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            units.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        }
    }
    if (units.size() < 2) return 0;
    emit(Op::String, backward);
    word(static_cast<std::uint32_t>(code_->strings.size()));
    word(static_cast<std::uint32_t>(units.size()));
    code_->strings += units;
    return static_cast<std::uint32_t>(end - begin);
}

// Emits a trie of equally long strings (an alternation of mutually exclusive sequences). With `backward`
// the strings are matched right to left, so the trie is built over the reversed strings.
void Compiler::emit_trie(const std::vector<std::u32string>& strings, bool ignore_case, bool backward) {
    struct TrieNode {
        std::vector<std::pair<char32_t, std::uint32_t>> children;
    };
    std::vector<TrieNode> nodes(1);
    for (const std::u32string& s : strings) {
        std::uint32_t at = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            char32_t c = backward ? s[s.size() - 1 - i] : s[i];
            auto& children = nodes[at].children;
            auto it =
                std::find_if(children.begin(), children.end(), [&](const auto& p) { return p.first == c; });
            if (it != children.end()) {
                at = it->second;
                continue;
            }
            std::uint32_t next = static_cast<std::uint32_t>(nodes.size());
            children.emplace_back(c, next);
            nodes.emplace_back();
            at = next;
        }
    }
    struct TrieFrame {
        std::uint32_t node;
        std::size_t next = 0;
        std::uint32_t split_site = 0;
    };
    std::vector<std::uint32_t> end_jumps;
    std::vector<TrieFrame> stack{{0}};
    while (!stack.empty()) {
        TrieFrame& frame = stack.back();
        const auto& children = nodes[frame.node].children;
        if (frame.next > 0 && frame.next < children.size()) {
            emit(Op::Jump);
            end_jumps.push_back(word(0));
            patch(frame.split_site, here());
        }
        if (frame.next == children.size()) {
            stack.pop_back();
            continue;
        }
        std::size_t i = frame.next++;
        if (i == 0 && children.size() >= kTrieGuardBranches) {
            CharSet branches;
            for (const auto& [c, child] : children)
                branches.add_set(char_set(c, ignore_case));
            emit_check_class(branches, backward);
        }
        if (i + 1 < children.size()) {
            emit(Op::Split);
            frame.split_site = word(0);
        }
        emit_set_matcher(char_set(children[i].first, ignore_case), backward);
        stack.push_back({children[i].second});
    }
    for (std::uint32_t site : end_jumps)
        patch(site, here());
}

// A "v"-mode class containing strings: the strings, longest first, then the single characters, then the
// empty string (CompileAtom for CharacterClass).
void Compiler::emit_class_strings(const ClassData& data, bool ignore_case, bool backward) {
    std::map<std::size_t, std::vector<std::u32string>, std::greater<>> by_length;
    bool has_empty = false;
    for (const std::u32string& s : data.contents.strings) {
        if (s.empty())
            has_empty = true;
        else
            by_length[s.size()].push_back(s);
    }
    CharSet singles = data.contents.chars;
    if (ignore_case) add_case_equivalents(singles, unicode_);
    std::size_t pieces = by_length.size() + (singles.empty() ? 0 : 1);
    if (pieces == 0) return;
    if (!has_empty && pieces > 1) {
        CharSet first = singles;
        for (const auto& [length, strings] : by_length)
            for (const std::u32string& s : strings)
                first.add_set(char_set(backward ? s.back() : s.front(), ignore_case));
        emit_check_class(first, backward);
    }
    std::vector<std::uint32_t> end_jumps;
    std::size_t piece = 0;
    auto begin_piece = [&]() -> std::uint32_t {
        bool last = piece + 1 == pieces && !has_empty;
        ++piece;
        if (last) return kNoRegister;
        emit(Op::Split);
        return word(0);
    };
    auto end_piece = [&](std::uint32_t split_site) {
        if (split_site == kNoRegister) return;
        emit(Op::Jump);
        end_jumps.push_back(word(0));
        patch(split_site, here());
    };
    for (const auto& [length, strings] : by_length) {
        std::uint32_t site = begin_piece();
        emit_trie(strings, ignore_case, backward);
        end_piece(site);
    }
    if (!singles.empty()) {
        std::uint32_t site = begin_piece();
        emit_set_matcher(singles, backward);
        end_piece(site);
    }
    for (std::uint32_t site : end_jumps)
        patch(site, here());
}

void Compiler::enter_quantifier(std::vector<Frame>& stack) {
    Frame& frame = stack.back();
    const Node& node = ast_.nodes[frame.node];
    std::uint32_t body = node.children[0];
    const NodeInfo& body_info = info_[body];
    bool backward = frame.backward;
    if (node.max == 0 || (body_info.zero_width && node.min == 0)) {
        // Never matched, or every iteration would fail the empty check.
        stack.pop_back();
        return;
    }
    if (body_info.zero_width || (node.min == 1 && node.max == 1)) {
        frame.strategy = 0; // exactly one iteration
        frame.state = 1;
        stack.push_back({body, backward});
        return;
    }
    if (body_info.single) {
        emit(Op::CharLoop, backward);
        word(node.min);
        word(node.max);
        word(node.greedy ? 1 : 0);
        emit_set_matcher(body_info.set, backward);
        stack.pop_back();
        return;
    }
    bool check = body_info.min_length == 0;
    auto emit_iteration_prologue = [&](std::uint32_t position_reg) {
        if (position_reg != kNoRegister) {
            emit(Op::SetPosition);
            word(position_reg);
        }
        if (body_info.group_count > 0) {
            emit(Op::ClearCaptures);
            word(body_info.first_group);
            word(body_info.group_count);
        }
    };
    frame.state = 1;
    if (node.min == 0 && node.max == kInfinity) {
        frame.strategy = 1;
        frame.label = here();
        emit(node.greedy ? Op::Split : Op::SplitJump);
        frame.site = word(0);
        frame.reg1 = check ? new_register() : kNoRegister;
        emit_iteration_prologue(frame.reg1);
    } else if (node.min == 1 && node.max == kInfinity && !check) {
        frame.strategy = 2;
        frame.label = here();
        emit_iteration_prologue(kNoRegister);
    } else if (node.min == 0 && node.max == 1) {
        frame.strategy = 3;
        emit(node.greedy ? Op::Split : Op::SplitJump);
        frame.site = word(0);
        frame.reg1 = check ? new_register() : kNoRegister;
        emit_iteration_prologue(frame.reg1);
    } else {
        frame.strategy = 4;
        frame.reg1 = new_register();
        frame.reg2 = check ? new_register() : kNoRegister;
        emit(Op::LoopInit);
        word(frame.reg1);
        frame.label = here();
        emit(Op::LoopBranch);
        word(frame.reg1);
        word(node.min);
        word(node.max);
        word(node.greedy ? 1 : 0);
        frame.site = word(0);
        emit_iteration_prologue(frame.reg2);
    }
    stack.push_back({body, backward});
}

void Compiler::leave_quantifier(Frame& frame) {
    const Node& node = ast_.nodes[frame.node];
    switch (frame.strategy) {
    case 1:
        if (frame.reg1 != kNoRegister) {
            emit(Op::CheckProgress);
            word(frame.reg1);
        }
        emit(Op::Jump);
        word(frame.label);
        patch(frame.site, here());
        break;
    case 2:
        emit(node.greedy ? Op::SplitJump : Op::Split);
        word(frame.label);
        break;
    case 3:
        if (frame.reg1 != kNoRegister) {
            emit(Op::CheckProgress);
            word(frame.reg1);
        }
        patch(frame.site, here());
        break;
    case 4:
        emit(Op::LoopContinue);
        word(frame.reg1);
        word(frame.reg2);
        word(node.min);
        word(node.max);
        word(frame.label);
        patch(frame.site, here());
        break;
    default:
        break;
    }
}

void Compiler::emit_tree() {
    std::vector<Frame> stack;
    stack.push_back({ast_.root, false});
    while (!stack.empty()) {
        Frame& frame = stack.back();
        const Node& node = ast_.nodes[frame.node];
        const NodeInfo& info = info_[frame.node];
        bool backward = frame.backward;
        if (info.single) {
            emit_set_matcher(info.set, backward);
            stack.pop_back();
            continue;
        }
        switch (node.kind) {
        case NodeKind::Empty:
        case NodeKind::Char:
        case NodeKind::Dot:
            stack.pop_back();
            break;
        case NodeKind::Class:
            emit_class_strings(ast_.classes[node.value], node.ignore_case, backward);
            stack.pop_back();
            break;
        case NodeKind::AssertStart:
            emit(node.multiline ? Op::AssertLineStart : Op::AssertStart);
            stack.pop_back();
            break;
        case NodeKind::AssertEnd:
            emit(node.multiline ? Op::AssertLineEnd : Op::AssertEnd);
            stack.pop_back();
            break;
        case NodeKind::WordBoundary:
            emit(node.negative ? Op::NotWordBoundary : Op::WordBoundary);
            word(node.ignore_case && unicode_ ? 1 : 0);
            stack.pop_back();
            break;
        case NodeKind::Backreference:
            emit(Op::Backref, backward);
            word(node.ignore_case ? 1 : 0);
            word(static_cast<std::uint32_t>(node.children.size()));
            for (std::uint32_t group : node.children)
                word(group);
            stack.pop_back();
            break;
        case NodeKind::Group:
            if (frame.state == 0) {
                frame.state = 1;
                emit(Op::GroupStart);
                word(node.value - 1);
                stack.push_back({node.children[0], backward});
            } else {
                emit(Op::GroupEnd, backward);
                word(node.value);
                word(node.value - 1);
                stack.pop_back();
            }
            break;
        case NodeKind::Lookaround:
            if (frame.state == 0) {
                frame.state = 1;
                frame.reg1 = new_register();
                emit(Op::LookStart);
                word(frame.reg1);
                word(node.negative ? 1 : 0);
                frame.site = word(0);
                stack.push_back({node.children[0], node.behind});
            } else {
                emit(Op::LookEnd);
                word(frame.reg1);
                word(node.negative ? 1 : 0);
                patch(frame.site, here());
                stack.pop_back();
            }
            break;
        case NodeKind::Sequence: {
            std::size_t count = node.children.size();
            if (frame.state >= count) {
                stack.pop_back();
                break;
            }
            std::size_t index = backward ? count - 1 - frame.state : frame.state;
            std::uint32_t child = node.children[index];
            if (is_literal_char(child)) {
                std::uint32_t consumed = emit_string_run(node.children, index, backward);
                if (consumed > 0) {
                    frame.state += consumed;
                    break;
                }
            }
            ++frame.state;
            stack.push_back({child, backward});
            break;
        }
        case NodeKind::Alternation: {
            std::size_t count = node.children.size();
            if (frame.state > 0 && frame.state < count) {
                emit(Op::Jump);
                frame.patches.push_back(word(0));
                patch(frame.site, here());
            }
            if (frame.state == count) {
                for (std::uint32_t site : frame.patches)
                    patch(site, here());
                stack.pop_back();
                break;
            }
            std::size_t index = frame.state++;
            if (index + 1 < count) {
                emit(Op::Split);
                frame.site = word(0);
            }
            stack.push_back({node.children[index], backward});
            break;
        }
        case NodeKind::Quantifier:
            if (frame.state == 0) {
                enter_quantifier(stack);
            } else {
                leave_quantifier(frame);
                stack.pop_back();
            }
            break;
        }
    }
}

void Compiler::compute_filters() {
    // anchored_start: every alternative begins with a non-multiline ^.
    bool anchored = true;
    std::vector<std::uint32_t> pending{ast_.root};
    while (anchored && !pending.empty()) {
        std::uint32_t index = pending.back();
        pending.pop_back();
        const Node& node = ast_.nodes[index];
        switch (node.kind) {
        case NodeKind::AssertStart:
            anchored = !node.multiline;
            break;
        case NodeKind::Sequence:
            if (node.children.empty())
                anchored = false;
            else
                pending.push_back(node.children[0]);
            break;
        case NodeKind::Group:
            pending.push_back(node.children[0]);
            break;
        case NodeKind::Alternation:
            for (std::uint32_t child : node.children)
                pending.push_back(child);
            break;
        default:
            anchored = false;
            break;
        }
    }
    code_->anchored_start = anchored;

    const NodeInfo& root = info_[ast_.root];
    // A filter that admits most characters costs more than it saves.
    if (root.nullable || root.first_any || root.first.empty() || root.first.size() > 0x8000) return;
    code_->first_char.enabled = true;
    char32_t c;
    if (root.first.is_single(&c)) {
        code_->first_char.single = true;
        code_->first_char.ch = c;
    } else {
        code_->first_char.class_index = class_index(root.first);
    }
}

std::shared_ptr<const Code> Compiler::compile() {
    code_ = std::make_shared<Code>();
    code_->flags = flags_;
    code_->capture_count = ast_.capture_count;
    code_->named_groups = ast_.named_groups;
    code_->capture_name_index = ast_.capture_name_index;
    register_count_ = ast_.capture_count;
    analyze();
    emit_tree();
    emit(Op::Match);
    compute_filters();
    code_->register_count = register_count_;
    return code_;
}

} // namespace

std::shared_ptr<const detail::Code> compile_ast(const Ast& ast, Flags flags) {
    return Compiler(ast, flags).compile();
}

} // namespace yjs::regexp
