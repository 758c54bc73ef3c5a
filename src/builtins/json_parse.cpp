// JSON.parse (25.5.1): an iterative parser over the text's code units (deep nesting needs no native stack)
// and the reviver walk InternalizeJSONProperty.
#include "builtins/json.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/number_conversion.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <string>
#include <vector>

namespace yjs {

namespace {

template <typename Unit> class JSONParser {
public:
    JSONParser(VM& vm, JSString* source, std::basic_string_view<Unit> text)
        : vm_(vm), source_(source), text_(text), open_objects_(vm.heap()), elements_(vm.heap()), keys_(vm.heap()) {}

    ThrowCompletionOr<Value> parse();

private:
    enum class Kind : std::uint8_t { Array, Object };
    struct Frame {
        Kind kind;
        std::size_t elements_start; // arrays: where this array's elements begin in elements_
    };

    char16_t unit(std::size_t i) const { return static_cast<char16_t>(static_cast<std::make_unsigned_t<Unit>>(text_[i])); }
    bool at_end() const { return position_ >= text_.size(); }
    char16_t peek() const { return at_end() ? 0 : unit(position_); }
    void skip_whitespace() {
        while (!at_end()) {
            char16_t c = unit(position_);
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r') break;
            ++position_;
        }
    }
    ThrowCompletion unexpected();
    ThrowCompletionOr<JSString*> parse_string();
    ThrowCompletionOr<Value> parse_number();
    ThrowCompletionOr<void> expect_literal(const char* literal);
    // Parses `"key" :` of an object member and pushes the key.
    ThrowCompletionOr<void> parse_member_key();

    VM& vm_;
    JSString* source_;
    std::basic_string_view<Unit> text_;
    std::size_t position_ = 0;
    std::vector<Frame> frames_;
    MarkedValueVector open_objects_; // the containers being filled, innermost last (objects only)
    MarkedValueVector elements_;     // elements of the open arrays
    MarkedKeyVector keys_;           // the pending member key of each open object
};

template <typename Unit> ThrowCompletion JSONParser<Unit>::unexpected() {
    if (at_end()) return vm_.throw_syntax_error("Unexpected end of JSON input");
    char16_t c = unit(position_);
    std::string token;
    if (c >= 0x20 && c < 0x7F) token = std::string(1, static_cast<char>(c));
    else token = utf16_to_utf8(std::u16string_view(&c, 1));
    return vm_.throw_syntax_error("Unexpected token '" + token + "' in JSON at position " +
                                  std::to_string(position_));
}

template <typename Unit> ThrowCompletionOr<JSString*> JSONParser<Unit>::parse_string() {
    // At the opening quote.
    ++position_;
    std::size_t start = position_;
    // Fast path: no escapes.
    while (!at_end()) {
        char16_t c = unit(position_);
        if (c == u'"') {
            JSString* result = JSString::substring(vm_, source_, static_cast<std::uint32_t>(start),
                                                   static_cast<std::uint32_t>(position_));
            ++position_;
            return result;
        }
        if (c == u'\\' || c < 0x20) break;
        ++position_;
    }
    StringBuilder builder;
    if (!builder.append_substring(source_, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(position_)))
        return throw_string_length_error(vm_);
    while (true) {
        if (at_end()) return unexpected();
        char16_t c = unit(position_);
        if (c == u'"') {
            ++position_;
            return builder.build(vm_);
        }
        if (c < 0x20) return unexpected();
        if (c != u'\\') {
            (void)builder.append(c);
            ++position_;
            continue;
        }
        ++position_;
        if (at_end()) return unexpected();
        char16_t escape = unit(position_);
        char16_t decoded;
        switch (escape) {
        case u'"': decoded = u'"'; break;
        case u'\\': decoded = u'\\'; break;
        case u'/': decoded = u'/'; break;
        case u'b': decoded = u'\b'; break;
        case u'f': decoded = u'\f'; break;
        case u'n': decoded = u'\n'; break;
        case u'r': decoded = u'\r'; break;
        case u't': decoded = u'\t'; break;
        case u'u': {
            char16_t value = 0;
            for (int i = 0; i < 4; ++i) {
                ++position_;
                if (at_end()) return unexpected();
                char16_t h = unit(position_);
                int digit = h >= u'0' && h <= u'9'   ? h - u'0'
                            : h >= u'a' && h <= u'f' ? h - u'a' + 10
                            : h >= u'A' && h <= u'F' ? h - u'A' + 10
                                                     : -1;
                if (digit < 0) return unexpected();
                value = static_cast<char16_t>(value * 16 + digit);
            }
            decoded = value;
            break;
        }
        default:
            return unexpected();
        }
        if (!builder.append(decoded)) return throw_string_length_error(vm_);
        ++position_;
    }
}

template <typename Unit> ThrowCompletionOr<Value> JSONParser<Unit>::parse_number() {
    std::size_t start = position_;
    auto is_digit = [&](std::size_t i) { return i < text_.size() && unit(i) >= u'0' && unit(i) <= u'9'; };
    if (peek() == u'-') ++position_;
    if (peek() == u'0') {
        ++position_;
    } else if (is_digit(position_)) {
        while (is_digit(position_)) ++position_;
    } else {
        return unexpected();
    }
    bool is_integer = true;
    if (peek() == u'.') {
        is_integer = false;
        ++position_;
        if (!is_digit(position_)) return unexpected();
        while (is_digit(position_)) ++position_;
    }
    if (peek() == u'e' || peek() == u'E') {
        is_integer = false;
        ++position_;
        if (peek() == u'+' || peek() == u'-') ++position_;
        if (!is_digit(position_)) return unexpected();
        while (is_digit(position_)) ++position_;
    }
    // Small integers are exact in a double accumulation.
    std::size_t length = position_ - start;
    if (is_integer && length <= 15) {
        bool negative = unit(start) == u'-';
        double value = 0;
        for (std::size_t i = start + (negative ? 1 : 0); i < position_; ++i) value = value * 10 + (unit(i) - u'0');
        return Value(negative ? -value : value);
    }
    std::string digits;
    digits.reserve(length);
    for (std::size_t i = start; i < position_; ++i) digits.push_back(static_cast<char>(unit(i)));
    return Value(StringToNumber(std::string_view(digits)));
}

template <typename Unit> ThrowCompletionOr<void> JSONParser<Unit>::expect_literal(const char* literal) {
    for (const char* p = literal; *p; ++p) {
        if (at_end() || unit(position_) != static_cast<char16_t>(*p)) return unexpected();
        ++position_;
    }
    return {};
}

template <typename Unit> ThrowCompletionOr<void> JSONParser<Unit>::parse_member_key() {
    skip_whitespace();
    if (peek() != u'"') return unexpected();
    JSString* key = TRY(parse_string());
    skip_whitespace();
    if (peek() != u':') return unexpected();
    ++position_;
    keys_.push_back(PropertyKey::from_string(vm_, key));
    return {};
}

template <typename Unit> ThrowCompletionOr<Value> JSONParser<Unit>::parse() {
    JSObject* object_prototype = vm_.current_realm().intrinsic(Intrinsic::ObjectPrototype);
    while (true) {
        // Parse one value (opening containers as needed).
        skip_whitespace();
        Value value;
        char16_t c = peek();
        if (c == u'{') {
            ++position_;
            JSObject* object = JSObject::create(vm_, object_prototype);
            skip_whitespace();
            if (peek() == u'}') {
                ++position_;
                value = object;
            } else {
                frames_.push_back({Kind::Object, 0});
                open_objects_.push_back(object);
                TRY(parse_member_key());
                continue;
            }
        } else if (c == u'[') {
            ++position_;
            skip_whitespace();
            if (peek() == u']') {
                ++position_;
                value = JSArray::create(vm_, 0);
            } else {
                frames_.push_back({Kind::Array, elements_.size()});
                continue;
            }
        } else if (c == u'"') {
            value = TRY(parse_string());
        } else if (c == u'-' || (c >= u'0' && c <= u'9')) {
            value = TRY(parse_number());
        } else if (c == u't') {
            TRY(expect_literal("true"));
            value = Value::boolean(true);
        } else if (c == u'f') {
            TRY(expect_literal("false"));
            value = Value::boolean(false);
        } else if (c == u'n') {
            TRY(expect_literal("null"));
            value = Value::null();
        } else {
            return unexpected();
        }
        // Store the value into the enclosing containers, closing those that end here.
        while (true) {
            if (frames_.empty()) {
                skip_whitespace();
                if (!at_end()) return unexpected();
                return value;
            }
            Frame& frame = frames_.back();
            if (frame.kind == Kind::Array) {
                elements_.push_back(value);
                skip_whitespace();
                if (peek() == u',') {
                    ++position_;
                    break;
                }
                if (peek() != u']') return unexpected();
                ++position_;
                std::span<const Value> items = elements_.span().subspan(frame.elements_start);
                value = JSArray::create_from_list(vm_, items);
                elements_.resize(frame.elements_start);
                frames_.pop_back();
                continue;
            }
            JSObject* object = open_objects_.back().as_object();
            (void)object->create_data_property(vm_, keys_.back(), value);
            keys_.pop_back();
            skip_whitespace();
            if (peek() == u',') {
                ++position_;
                TRY(parse_member_key());
                break;
            }
            if (peek() != u'}') return unexpected();
            ++position_;
            value = object;
            open_objects_.pop_back();
            frames_.pop_back();
        }
    }
}

// InternalizeJSONProperty ( holder, name, reviver )
ThrowCompletionOr<Value> InternalizeJSONProperty(VM& vm, JSObject* holder, PropertyKey name, Value reviver) {
    TRY(vm.check_native_stack());
    // 1. Let val be ? Get(holder, name).
    Value value = TRY(holder->get(vm, name));
    if (value.is_object()) {
        JSObject* object = value.as_object();
        auto revive_element = [&](PropertyKey key) -> ThrowCompletionOr<void> {
            Value new_element = TRY(InternalizeJSONProperty(vm, object, key, reviver));
            if (new_element.is_undefined()) TRY(object->internal_delete(vm, key));
            else TRY(object->create_data_property(vm, key, new_element));
            return {};
        };
        if (TRY(IsArray(vm, value))) {
            std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
            for (std::uint64_t i = 0; i < length; ++i) {
                PropertyKey key = i <= 0xFFFFFFFEull ? PropertyKey::from_index(static_cast<std::uint32_t>(i))
                                                     : PropertyKey::from_string(vm, NumberToString(vm, double(i)));
                TRY(revive_element(key));
            }
        } else {
            MarkedValueVector keys = TRY(EnumerableOwnProperties(vm, object, PropertyKind::Key));
            for (Value key : keys) TRY(revive_element(PropertyKey::from_value(vm, key)));
        }
    }
    // 3. Return ? Call(reviver, holder, « name, val »).
    Value arguments[] = {name.to_value(vm), value};
    return Call(vm, reviver, holder, arguments);
}

} // namespace

ThrowCompletionOr<Value> ParseJSONText(VM& vm, JSString* text) {
    if (text->is_8bit()) return JSONParser<char>(vm, text, text->latin1_view()).parse();
    return JSONParser<char16_t>(vm, text, text->utf16_view()).parse();
}

ThrowCompletionOr<Value> JSONParse(VM& vm, const NativeCallInfo& call) {
    // 1. Let jsonString be ? ToString(text).
    JSString* json_string = TRY(ToString(vm, call.argument(0)));
    Value unfiltered = TRY(ParseJSONText(vm, json_string));
    Value reviver = call.argument(1);
    if (!IsCallable(reviver)) return unfiltered;
    // 12. Let root be OrdinaryObjectCreate(%Object.prototype%) with "" set to unfiltered.
    JSObject* root = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    (void)root->create_data_property(vm, vm.names().empty_string, unfiltered);
    return InternalizeJSONProperty(vm, root, vm.names().empty_string, reviver);
}

} // namespace yjs
