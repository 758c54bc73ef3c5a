// The String.prototype methods that delegate to %Symbol.match% / %Symbol.replace% / %Symbol.search% /
// %Symbol.split% protocol methods (22.1.3.13, .14, .19, .20, .22, .23), and GetSubstitution.
#include "builtins/array_prototype.h"
#include "builtins/regexp_object.h"
#include "builtins/string_builder.h"
#include "builtins/string_prototype.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/safe_point.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <string>
#include <vector>

namespace yjs {

namespace {

ThrowCompletionOr<Value> require_object_coercible_this(VM& vm, Value this_value, const char* method) {
    if (this_value.is_nullish())
        return vm.throw_type_error(std::string("String.prototype.") + method + " called on null or undefined");
    return this_value;
}

// Step 2 shared by match, matchAll, replace, replaceAll, search and split: if `value` is an Object with a
// `symbol` method, the result of calling it; nullopt otherwise. (Since ecma262 PR #3009 the methods of
// primitives are not looked up.)
ThrowCompletionOr<std::optional<Value>> call_symbol_method(VM& vm, Value value, Symbol* symbol,
                                                           std::span<const Value> arguments) {
    if (!value.is_object()) return std::optional<Value>();
    Value method = TRY(GetMethod(vm, value, PropertyKey::from_symbol(symbol)));
    if (method.is_undefined()) return std::optional<Value>();
    return std::optional<Value>(TRY(Call(vm, method, value, arguments)));
}

// The "flags" check of matchAll and replaceAll: a regular expression argument must have the g flag.
ThrowCompletionOr<void> require_global_flag(VM& vm, Value value, const char* method) {
    if (!TRY(IsRegExp(vm, value))) return {};
    Value flags = TRY(value.as_object()->get(vm, vm.names().flags));
    TRY(RequireObjectCoercible(vm, flags));
    JSString* flags_string = TRY(ToString(vm, flags));
    for (std::uint32_t i = 0; i < flags_string->length(); ++i)
        if (flags_string->at(i) == u'g') return {};
    return vm.throw_type_error(std::string(method) + " must be called with a global RegExp");
}

bool is_decimal_digit(char16_t c) { return c >= u'0' && c <= u'9'; }

} // namespace

ThrowCompletionOr<JSString*> GetSubstitution(VM& vm, JSString* matched, JSString* str, std::uint32_t position,
                                             std::span<const Value> captures, Value named_captures,
                                             JSString* replacement_template) {
    std::uint32_t string_length = str->length();
    std::uint32_t template_length = replacement_template->length();
    // Fast path: no "$" in the template.
    if (!StringIndexOf(replacement_template, JSString::from_ascii(vm, "$"), 0)) return replacement_template;

    StringBuilder result;
    std::uint32_t i = 0;
    while (i < template_length) {
        char16_t c = replacement_template->at(i);
        char16_t next = i + 1 < template_length ? replacement_template->at(i + 1) : 0;
        bool ok = true;
        std::uint32_t ref_length = 1;
        if (c != u'$' || i + 1 >= template_length) {
            ok = result.append(c);
        } else if (next == u'$') {
            ref_length = 2;
            ok = result.append(u'$');
        } else if (next == u'`') {
            ref_length = 2;
            ok = result.append_substring(str, 0, position);
        } else if (next == u'&') {
            ref_length = 2;
            ok = result.append(matched);
        } else if (next == u'\'') {
            ref_length = 2;
            std::uint64_t tail_position = std::uint64_t(position) + matched->length();
            if (tail_position < string_length)
                ok = result.append_substring(str, static_cast<std::uint32_t>(tail_position), string_length);
        } else if (is_decimal_digit(next)) {
            std::uint32_t digit_count =
                i + 2 < template_length && is_decimal_digit(replacement_template->at(i + 2)) ? 2 : 1;
            std::size_t index = next - u'0';
            if (digit_count == 2) index = index * 10 + (replacement_template->at(i + 2) - u'0');
            std::size_t capture_length = captures.size();
            // A two-digit reference beyond the captures is a one-digit reference followed by a digit.
            if (index > capture_length && digit_count == 2) {
                digit_count = 1;
                index = next - u'0';
            }
            ref_length = 1 + digit_count;
            if (index >= 1 && index <= capture_length) {
                Value capture = captures[index - 1];
                if (!capture.is_undefined()) ok = result.append(capture.as_string());
            } else {
                ok = result.append_substring(replacement_template, i, i + ref_length);
            }
        } else if (next == u'<') {
            std::optional<std::uint32_t> gt_position;
            for (std::uint32_t k = i + 2; k < template_length; ++k) {
                if (replacement_template->at(k) == u'>') {
                    gt_position = k;
                    break;
                }
            }
            if (!gt_position || named_captures.is_undefined()) {
                ref_length = 2;
                ok = result.append_ascii("$<");
            } else {
                ref_length = *gt_position + 1 - i;
                JSString* group_name = JSString::substring(vm, replacement_template, i + 2, *gt_position);
                Value capture = TRY(named_captures.as_object()->get(vm, PropertyKey::from_string(vm, group_name)));
                if (!capture.is_undefined()) ok = result.append(TRY(ToString(vm, capture)));
            }
        } else {
            ok = result.append(c);
        }
        if (!ok) return throw_string_length_error(vm);
        i += ref_length;
    }
    return result.build(vm);
}

// String.prototype.match ( regexp )
ThrowCompletionOr<Value> StringPrototypeMatch(VM& vm, const NativeCallInfo& call) {
    Value o = TRY(require_object_coercible_this(vm, call.this_value, "match"));
    Value regexp = call.argument(0);
    Value arguments[] = {o};
    if (auto result = TRY(call_symbol_method(vm, regexp, vm.well_known_symbols().match, arguments))) return *result;
    JSString* s = TRY(ToString(vm, o));
    RegExpObject* rx = TRY(RegExpCreate(vm, regexp, Value::undefined()));
    Value invoke_arguments[] = {Value(s)};
    return Invoke(vm, rx, PropertyKey::from_symbol(vm.well_known_symbols().match), invoke_arguments);
}

// String.prototype.matchAll ( regexp )
ThrowCompletionOr<Value> StringPrototypeMatchAll(VM& vm, const NativeCallInfo& call) {
    Value o = TRY(require_object_coercible_this(vm, call.this_value, "matchAll"));
    Value regexp = call.argument(0);
    if (!regexp.is_nullish()) TRY(require_global_flag(vm, regexp, "String.prototype.matchAll"));
    Value arguments[] = {o};
    if (auto result = TRY(call_symbol_method(vm, regexp, vm.well_known_symbols().matchAll, arguments)))
        return *result;
    JSString* s = TRY(ToString(vm, o));
    RegExpObject* rx = TRY(RegExpCreate(vm, regexp, JSString::from_ascii(vm, "g")));
    Value invoke_arguments[] = {Value(s)};
    return Invoke(vm, rx, PropertyKey::from_symbol(vm.well_known_symbols().matchAll), invoke_arguments);
}

// String.prototype.replace ( searchValue, replaceValue )
ThrowCompletionOr<Value> StringPrototypeReplace(VM& vm, const NativeCallInfo& call) {
    Value o = TRY(require_object_coercible_this(vm, call.this_value, "replace"));
    Value search_value = call.argument(0);
    Value replace_value = call.argument(1);
    Value arguments[] = {o, replace_value};
    if (auto result = TRY(call_symbol_method(vm, search_value, vm.well_known_symbols().replace, arguments)))
        return *result;
    JSString* string = TRY(ToString(vm, o));
    JSString* search_string = TRY(ToString(vm, search_value));
    bool functional_replace = IsCallable(replace_value);
    JSString* replace_template = nullptr;
    if (!functional_replace) replace_template = TRY(ToString(vm, replace_value));
    std::uint32_t search_length = search_string->length();
    auto position = StringIndexOf(string, search_string, 0);
    if (!position) return Value(string);
    JSString* replacement;
    if (functional_replace) {
        Value call_arguments[] = {Value(search_string), Value(static_cast<double>(*position)), Value(string)};
        replacement = TRY(ToString(vm, TRY(Call(vm, replace_value, Value::undefined(), call_arguments))));
    } else {
        replacement = TRY(GetSubstitution(vm, search_string, string, *position, {}, Value::undefined(),
                                          replace_template));
    }
    StringBuilder result;
    if (!result.append_substring(string, 0, *position) || !result.append(replacement) ||
        !result.append_substring(string, *position + search_length, string->length()))
        return throw_string_length_error(vm);
    return Value(result.build(vm));
}

// String.prototype.replaceAll ( searchValue, replaceValue )
ThrowCompletionOr<Value> StringPrototypeReplaceAll(VM& vm, const NativeCallInfo& call) {
    Value o = TRY(require_object_coercible_this(vm, call.this_value, "replaceAll"));
    Value search_value = call.argument(0);
    Value replace_value = call.argument(1);
    if (!search_value.is_nullish()) TRY(require_global_flag(vm, search_value, "replaceAll"));
    Value arguments[] = {o, replace_value};
    if (auto result = TRY(call_symbol_method(vm, search_value, vm.well_known_symbols().replace, arguments)))
        return *result;
    JSString* string = TRY(ToString(vm, o));
    JSString* search_string = TRY(ToString(vm, search_value));
    bool functional_replace = IsCallable(replace_value);
    JSString* replace_template = nullptr;
    if (!functional_replace) replace_template = TRY(ToString(vm, replace_value));
    std::uint32_t search_length = search_string->length();
    std::uint32_t advance_by = std::max<std::uint32_t>(1, search_length);
    // A template without '$' is the replacement itself: the result's length is known as the matches are found,
    // so a result past the maximum length throws before the matches pile up.
    bool fixed_replacement = !functional_replace && !StringIndexOf(replace_template, JSString::from_ascii(vm, "$"), 0);
    std::int64_t growth = fixed_replacement ? std::int64_t(replace_template->length()) - search_length : 0;
    std::int64_t result_length = string->length();
    std::vector<std::uint32_t> match_positions;
    for (auto position = StringIndexOf(string, search_string, 0); position;
         position = StringIndexOf(string, search_string, *position + advance_by)) {
        match_positions.push_back(*position);
        result_length += growth;
        if (result_length > std::int64_t(JSString::kMaxLength)) return throw_string_length_error(vm);
    }
    std::uint32_t end_of_last_match = 0;
    StringBuilder result;
    for (std::uint32_t p : match_positions) {
        TRY(poll_safe_point(vm));
        JSString* replacement;
        if (functional_replace) {
            Value call_arguments[] = {Value(search_string), Value(static_cast<double>(p)), Value(string)};
            replacement = TRY(ToString(vm, TRY(Call(vm, replace_value, Value::undefined(), call_arguments))));
        } else {
            replacement =
                TRY(GetSubstitution(vm, search_string, string, p, {}, Value::undefined(), replace_template));
        }
        if (!result.append_substring(string, end_of_last_match, p) || !result.append(replacement))
            return throw_string_length_error(vm);
        end_of_last_match = p + search_length;
    }
    if (end_of_last_match < string->length() &&
        !result.append_substring(string, end_of_last_match, string->length()))
        return throw_string_length_error(vm);
    return Value(result.build(vm));
}

// String.prototype.search ( regexp )
ThrowCompletionOr<Value> StringPrototypeSearch(VM& vm, const NativeCallInfo& call) {
    Value o = TRY(require_object_coercible_this(vm, call.this_value, "search"));
    Value regexp = call.argument(0);
    Value arguments[] = {o};
    if (auto result = TRY(call_symbol_method(vm, regexp, vm.well_known_symbols().search, arguments)))
        return *result;
    JSString* string = TRY(ToString(vm, o));
    RegExpObject* rx = TRY(RegExpCreate(vm, regexp, Value::undefined()));
    Value invoke_arguments[] = {Value(string)};
    return Invoke(vm, rx, PropertyKey::from_symbol(vm.well_known_symbols().search), invoke_arguments);
}

// String.prototype.split ( separator, limit )
ThrowCompletionOr<Value> StringPrototypeSplit(VM& vm, const NativeCallInfo& call) {
    Value o = TRY(require_object_coercible_this(vm, call.this_value, "split"));
    Value separator = call.argument(0);
    Value limit = call.argument(1);
    Value arguments[] = {o, limit};
    if (auto result = TRY(call_symbol_method(vm, separator, vm.well_known_symbols().split, arguments)))
        return *result;
    JSString* s = TRY(ToString(vm, o));
    // 4. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
    std::uint32_t lim = limit.is_undefined() ? 0xFFFFFFFFu : TRY(ToUint32(vm, limit));
    JSString* r = TRY(ToString(vm, separator));
    if (lim == 0) return Value(JSArray::create(vm, 0));
    if (separator.is_undefined()) {
        Value element[] = {Value(s)};
        return Value(JSArray::create_from_list(vm, element));
    }
    std::uint32_t separator_length = r->length();
    MarkedValueVector substrings(vm.heap());
    if (separator_length == 0) {
        std::uint32_t out_length = std::min(lim, s->length());
        TRY(check_elements_fit(vm, out_length));
        substrings.reserve(out_length);
        for (std::uint32_t i = 0; i < out_length; ++i) substrings.push_back(JSString::substring(vm, s, i, i + 1));
        return Value(JSArray::create_from_list(vm, substrings.span()));
    }
    if (s->is_empty()) {
        Value element[] = {Value(s)};
        return Value(JSArray::create_from_list(vm, element));
    }
    std::uint32_t i = 0;
    for (auto j = StringIndexOf(s, r, 0); j; j = StringIndexOf(s, r, i)) {
        TRY(poll_safe_point(vm));
        substrings.push_back(JSString::substring(vm, s, i, *j));
        if (substrings.size() == lim) return Value(JSArray::create_from_list(vm, substrings.span()));
        i = *j + separator_length;
    }
    substrings.push_back(JSString::substring(vm, s, i, s->length()));
    return Value(JSArray::create_from_list(vm, substrings.span()));
}

} // namespace yjs
