// JSON.parse (25.5.1): an iterative parser over the text's code units (deep nesting needs no native stack)
// and the reviver walk InternalizeJSONProperty.
#include "builtins/json.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/number_conversion.h"
#include "runtime/safe_point.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <string>
#include <vector>

namespace yjs {

namespace {

// JSON Parse Records (JSON.parse source text access): for each parsed value, the value itself, the source
// text of a primitive, and the records of an array's elements or an object's entries. Index-linked, with
// the values rooted apart (SameValue against them must not see a recycled cell).
struct JSONParseRecords {
    struct Record {
        std::uint32_t source_start = 0, source_end = 0;           // primitives only
        std::vector<std::uint32_t> elements;                      // arrays: record per element
        std::vector<std::pair<JSString*, std::uint32_t>> entries; // objects: (key, record), in source order
    };
    explicit JSONParseRecords(Heap& heap) : values(heap), keys(heap) {}
    std::vector<Record> records;
    MarkedValueVector values; // records[i]'s value
    MarkedValueVector keys;   // the entry keys, kept alive
};

template <typename Unit> class JSONParser {
public:
    JSONParser(VM& vm, JSString* source, std::basic_string_view<Unit> text,
               JSONParseRecords* records = nullptr)
        : vm_(vm), source_(source), text_(text), open_objects_(vm.heap()), elements_(vm.heap()),
          keys_(vm.heap()), records_(records) {}

    // With records, the root value's record is the last one.
    ThrowCompletionOr<Value> parse();

private:
    enum class Kind : std::uint8_t { Array, Object };
    struct Frame {
        Kind kind;
        std::size_t elements_start; // arrays: where this array's elements begin in elements_
        JSONParseRecords::Record record; // with records: the children parsed so far
    };
    // Adds the record of a completed value (with records).
    std::uint32_t add_record(Value value, JSONParseRecords::Record record) {
        records_->records.push_back(std::move(record));
        records_->values.push_back(value);
        return static_cast<std::uint32_t>(records_->records.size() - 1);
    }

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
    JSONParseRecords* records_;
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
        TRY(poll_safe_point(vm_));
        // Parse one value (opening containers as needed).
        skip_whitespace();
        Value value;
        JSONParseRecords::Record record;
        record.source_start = static_cast<std::uint32_t>(position_);
        char16_t c = peek();
        if (c == u'{') {
            ++position_;
            JSObject* object = JSObject::create(vm_, object_prototype);
            skip_whitespace();
            if (peek() == u'}') {
                ++position_;
                value = object;
            } else {
                frames_.push_back({Kind::Object, 0, {}});
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
                frames_.push_back({Kind::Array, elements_.size(), {}});
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
        record.source_end = static_cast<std::uint32_t>(position_);
        // Store the value into the enclosing containers, closing those that end here.
        while (true) {
            std::uint32_t record_index = records_ ? add_record(value, std::move(record)) : 0;
            record = {};
            if (frames_.empty()) {
                skip_whitespace();
                if (!at_end()) return unexpected();
                return value;
            }
            Frame& frame = frames_.back();
            if (frame.kind == Kind::Array) {
                elements_.push_back(value);
                if (records_) frame.record.elements.push_back(record_index);
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
                record = std::move(frame.record);
                frames_.pop_back();
                continue;
            }
            JSObject* object = open_objects_.back().as_object();
            (void)object->create_data_property(vm_, keys_.back(), value);
            if (records_) {
                JSString* key = keys_.back().to_string(vm_);
                records_->keys.push_back(Value(key));
                frame.record.entries.emplace_back(key, record_index);
            }
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
            record = std::move(frame.record);
            open_objects_.pop_back();
            frames_.pop_back();
        }
    }
}

// InternalizeJSONProperty ( holder, name, reviver, parseRecord ); `record` is kNoRecord for none.
constexpr std::uint32_t kNoRecord = UINT32_MAX;

ThrowCompletionOr<Value> InternalizeJSONProperty(VM& vm, JSObject* holder, PropertyKey name, Value reviver,
                                                 JSString* source, const JSONParseRecords& records,
                                                 std::uint32_t record) {
    TRY(vm.check_native_stack());
    // 1. Let val be ? Get(holder, name).
    Value value = TRY(holder->get(vm, name));
    // 2-4. The context; the parse record applies while the value is still the parsed one.
    JSObject* context = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    const JSONParseRecords::Record* parse_record = nullptr;
    if (record != kNoRecord && SameValue(records.values[record], value)) {
        parse_record = &records.records[record];
        if (!value.is_object()) {
            JSString* text =
                JSString::substring(vm, source, parse_record->source_start, parse_record->source_end);
            (void)context->create_data_property(vm, PropertyKey::from_ascii(vm, "source"), Value(text));
        }
    }
    if (value.is_object()) {
        JSObject* object = value.as_object();
        auto revive_element = [&](PropertyKey key, std::uint32_t element_record) -> ThrowCompletionOr<void> {
            Value new_element =
                TRY(InternalizeJSONProperty(vm, object, key, reviver, source, records, element_record));
            if (new_element.is_undefined())
                TRY(object->internal_delete(vm, key));
            else
                TRY(object->create_data_property(vm, key, new_element));
            return {};
        };
        if (TRY(IsArray(vm, value))) {
            std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
            for (std::uint64_t i = 0; i < length; ++i) {
                PropertyKey key = i <= 0xFFFFFFFEull ? PropertyKey::from_index(static_cast<std::uint32_t>(i))
                                                     : PropertyKey::from_string(vm, NumberToString(vm, double(i)));
                std::uint32_t element_record = kNoRecord;
                if (parse_record && i < parse_record->elements.size())
                    element_record = parse_record->elements[i];
                TRY(revive_element(key, element_record));
            }
        } else {
            MarkedValueVector keys = TRY(EnumerableOwnProperties(vm, object, PropertyKind::Key));
            for (Value key : keys) {
                // The entry record with this key (the last one, as the parse kept the last duplicate).
                std::uint32_t entry_record = kNoRecord;
                if (parse_record) {
                    for (const auto& [entry_key, index] : parse_record->entries)
                        if (entry_key->equals(key.as_string())) entry_record = index;
                }
                TRY(revive_element(PropertyKey::from_value(vm, key), entry_record));
            }
        }
    }
    // 5. Return ? Call(reviver, holder, « name, val, context »).
    Value arguments[] = {name.to_value(vm), value, Value(context)};
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
    Value reviver = call.argument(1);
    if (!IsCallable(reviver)) return ParseJSONText(vm, json_string);
    JSONParseRecords records(vm.heap());
    Value unfiltered =
        json_string->is_8bit()
            ? TRY(JSONParser<char>(vm, json_string, json_string->latin1_view(), &records).parse())
            : TRY(JSONParser<char16_t>(vm, json_string, json_string->utf16_view(), &records).parse());
    // 12. Let root be OrdinaryObjectCreate(%Object.prototype%) with "" set to unfiltered.
    JSObject* root = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    (void)root->create_data_property(vm, vm.names().empty_string, unfiltered);
    return InternalizeJSONProperty(vm, root, vm.names().empty_string, reviver, json_string, records,
                                   static_cast<std::uint32_t>(records.records.size() - 1));
}

} // namespace yjs
