#pragma once
// RegExp instances (22.2.3 - 22.2.7) and the abstract operations other built-ins and the interpreter use:
// RegExpCreate (String.prototype.match, regular expression literals), RegExpExec, RegExpBuiltinExec,
// AdvanceStringIndex. The parser's early-error check for literals is in regexp_validator.h.
#include "regexp/regexp.h"
#include "runtime/object.h"

#include <cstdint>
#include <optional>

namespace yjs {

class JSString;

class RegExpObject final : public JSObject {
public:
    explicit RegExpObject(Shape*);

    const char* class_name() const override { return "RegExp"; }
    BuiltinTag builtin_tag() const override { return BuiltinTag::RegExp; }
    void visit_edges(Visitor&) override;

    // [[OriginalSource]], [[OriginalFlags]] (null until RegExpInitialize succeeds).
    JSString* original_source() const { return original_source_; }
    JSString* original_flags() const { return original_flags_; }
    // [[RegExpMatcher]]; only valid once initialized.
    bool is_initialized() const { return program_.has_value(); }
    const regexp::Program& program() const { return *program_; }
    regexp::Flags flags() const { return program_->flags(); }
    // [[Realm]] and [[LegacyFeaturesEnabled]] (Annex B RegExp.prototype.compile): set by the RegExp
    // constructor and RegExpCreate.
    Realm* realm() const { return realm_; }
    bool legacy_features_enabled() const { return legacy_features_enabled_; }
    void set_legacy_state(Realm* realm, bool legacy_features_enabled) {
        realm_ = realm;
        legacy_features_enabled_ = legacy_features_enabled;
    }

    void initialize(JSString* source, JSString* flags, regexp::Program program) {
        original_source_ = source;
        original_flags_ = flags;
        program_ = std::move(program);
    }

private:
    JSString* original_source_ = nullptr;
    JSString* original_flags_ = nullptr;
    std::optional<regexp::Program> program_;
    Realm* realm_ = nullptr;
    bool legacy_features_enabled_ = false;
};

// RegExpAlloc(newTarget): also defines "lastIndex" { [[Writable]]: true, [[Enumerable]]: false,
// [[Configurable]]: false }, and records the current realm and whether newTarget is its %RegExp% (the
// legacy-features state).
ThrowCompletionOr<RegExpObject*> RegExpAlloc(VM&, JSObject* new_target);
// RegExpInitialize(obj, pattern, flags).
ThrowCompletionOr<RegExpObject*> RegExpInitialize(VM&, RegExpObject*, Value pattern, Value flags);
// RegExpCreate(P, F).
ThrowCompletionOr<RegExpObject*> RegExpCreate(VM&, Value pattern, Value flags);
// RegExpExec(R, S): null or a match result object.
ThrowCompletionOr<Value> RegExpExec(VM&, JSObject* regexp, JSString* string);
// RegExpBuiltinExec(R, S).
ThrowCompletionOr<Value> RegExpBuiltinExec(VM&, RegExpObject*, JSString* string);
// AdvanceStringIndex(S, index, unicode).
std::uint64_t AdvanceStringIndex(JSString*, std::uint64_t index, bool unicode);

} // namespace yjs
