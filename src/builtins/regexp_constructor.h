#pragma once
// %RegExp% with the internal slots of the legacy RegExp features (Annex B, the "legacy RegExp features"
// proposal): [[RegExpInput]], [[RegExpLastMatch]], [[RegExpLastParen]], [[RegExpLeftContext]],
// [[RegExpRightContext]] and [[RegExpParen1]]..[[RegExpParen9]], read by RegExp.$1, RegExp.lastMatch, ...
#include "runtime/function.h"

#include <array>
#include <cstdint>
#include <span>

namespace yjs {

class JSString;

class RegExpConstructor final : public NativeFunction {
public:
    RegExpConstructor(Shape*, NativeFunctionPointer, Realm*);
    void visit_edges(Visitor&) override;

    // UpdateLegacyRegExpStaticProperties(C, S, startIndex, endIndex, capturedValues), with the match's
    // capture index pairs (group 0 is the whole match, -1 for a group that did not participate). The
    // slot strings are made when read.
    void update_legacy_static_properties(JSString* s, std::span<const std::int32_t> captures);
    // InvalidateLegacyRegExpStaticProperties(C): every slot becomes empty.
    void invalidate_legacy_static_properties();

    enum class Slot : std::uint8_t {
        Input,
        LastMatch,
        LastParen,
        LeftContext,
        RightContext,
        Paren1,
        Paren2,
        Paren3,
        Paren4,
        Paren5,
        Paren6,
        Paren7,
        Paren8,
        Paren9,
    };
    // The slot's value, or null when it is empty.
    JSString* legacy_static_property(VM&, Slot) const;
    void set_input(JSString* value) {
        input_ = value;
        input_valid_ = true;
    }

private:
    static constexpr std::uint32_t kParens = 9;

    // [[RegExpInput]] (null: the empty String, its initial value).
    bool input_valid_ = true;
    JSString* input_ = nullptr;
    // The other slots, as ranges of the last matched string (null: no match yet, every slot is "").
    bool match_valid_ = true;
    JSString* subject_ = nullptr;
    std::int32_t match_start_ = 0;
    std::int32_t match_end_ = 0;
    std::uint32_t capture_count_ = 0;
    std::array<std::int32_t, 2 * kParens> parens_{};
    std::array<std::int32_t, 2> last_paren_{};
};

} // namespace yjs
