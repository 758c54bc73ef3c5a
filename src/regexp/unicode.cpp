#include "regexp/unicode.h"

#include <unicode/uchar.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace yjs::regexp {

namespace {

// Owns an ICU USet.
struct USetHolder {
    USet* set;
    USetHolder() : set(uset_openEmpty()) {}
    ~USetHolder() { uset_close(set); }
    USetHolder(const USetHolder&) = delete;
    USetHolder& operator=(const USetHolder&) = delete;
};

void append_uset(const USet* set, ClassContents& out) {
    std::int32_t count = uset_getItemCount(set);
    std::array<UChar, 64> buffer;
    for (std::int32_t i = 0; i < count; ++i) {
        UChar32 start = 0, end = 0;
        UErrorCode status = U_ZERO_ERROR;
        std::int32_t length = uset_getItem(set, i, &start, &end, buffer.data(), buffer.size(), &status);
        if (U_FAILURE(status)) continue;
        if (length == 0) {
            out.chars.add_range(static_cast<char32_t>(start), static_cast<char32_t>(end));
            continue;
        }
        std::u32string s;
        for (std::int32_t k = 0; k < length;) {
            UChar32 c;
            U16_NEXT(buffer.data(), k, length, c);
            s.push_back(static_cast<char32_t>(c));
        }
        out.add_string(std::move(s));
    }
}

CharSet uset_chars(const USet* set) {
    ClassContents contents;
    append_uset(set, contents);
    return std::move(contents.chars);
}

CharSet property_chars(UProperty property, std::int32_t value) {
    USetHolder holder;
    UErrorCode status = U_ZERO_ERROR;
    uset_applyIntPropertyValue(holder.set, property, value, &status);
    return uset_chars(holder.set);
}

// Canonicalize without "u"/"v": toUppercase of one code unit, kept only if it is one code unit and does
// not map a non-ASCII unit into ASCII.
struct NonUnicodeCanon {
    std::array<char16_t, 0x10000> table;
    NonUnicodeCanon() {
        for (std::uint32_t c = 0; c <= 0xFFFF; ++c)
            table[c] = static_cast<char16_t>(c);
        CharSet changing = property_chars(UCHAR_CHANGES_WHEN_UPPERCASED, 1);
        for (const CodePointRange& r : changing.ranges()) {
            for (char32_t c = r.first; c <= r.last && c <= 0xFFFF; ++c) {
                UChar source = static_cast<UChar>(c);
                std::array<UChar, 8> upper;
                UErrorCode status = U_ZERO_ERROR;
                std::int32_t length = u_strToUpper(upper.data(), upper.size(), &source, 1, "", &status);
                if (U_FAILURE(status) || length != 1) continue;
                char16_t cu = upper[0];
                if (c >= 128 && cu < 128) continue;
                table[c] = cu;
            }
        }
    }
};

const NonUnicodeCanon& non_unicode_canon() {
    static const NonUnicodeCanon* canon = new NonUnicodeCanon();
    return *canon;
}

char32_t scf(char32_t c) {
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

// The characters that Canonicalize changes, and the equivalence classes of Canonicalize with more than
// one member.
struct CaseData {
    CharSet changing;                                       // Canonicalize(c) != c
    std::vector<std::pair<char32_t, std::uint32_t>> member; // code point -> class index, sorted
    std::vector<std::vector<char32_t>> classes;

    explicit CaseData(bool unicode) {
        std::vector<char32_t> candidates;
        if (unicode) {
            USetHolder holder;
            UErrorCode status = U_ZERO_ERROR;
            uset_applyIntPropertyValue(holder.set, UCHAR_CHANGES_WHEN_CASEFOLDED, 1, &status);
            USetHolder mapped;
            uset_applyIntPropertyValue(mapped.set, UCHAR_CHANGES_WHEN_CASEMAPPED, 1, &status);
            uset_addAll(holder.set, mapped.set);
            CharSet cased = uset_chars(holder.set);
            for (const CodePointRange& r : cased.ranges())
                for (char32_t c = r.first; c <= r.last; ++c)
                    if (scf(c) != c) candidates.push_back(c);
        } else {
            const auto& table = non_unicode_canon().table;
            for (char32_t c = 0; c <= 0xFFFF; ++c)
                if (table[c] != c) candidates.push_back(c);
        }
        std::map<char32_t, std::vector<char32_t>> by_key;
        for (char32_t c : candidates) {
            changing.add(c);
            by_key[Canonicalize(c, unicode)].push_back(c);
        }
        for (auto& [key, members] : by_key) {
            if (Canonicalize(key, unicode) == key) members.push_back(key);
            if (members.size() < 2) continue;
            std::sort(members.begin(), members.end());
            std::uint32_t index = static_cast<std::uint32_t>(classes.size());
            for (char32_t c : members)
                member.emplace_back(c, index);
            classes.push_back(std::move(members));
        }
        std::sort(member.begin(), member.end());
    }
};

const CaseData& case_data(bool unicode) {
    static const CaseData* unicode_data = new CaseData(true);
    static const CaseData* non_unicode_data = new CaseData(false);
    return unicode ? *unicode_data : *non_unicode_data;
}

} // namespace

char32_t Canonicalize(char32_t c, bool unicode) {
    if (unicode) return scf(c);
    if (c > 0xFFFF) return c;
    return non_unicode_canon().table[c];
}

void add_case_equivalents(CharSet& set, bool unicode) {
    const CaseData& data = case_data(unicode);
    std::vector<bool> hit(data.classes.size());
    std::vector<std::uint32_t> hit_list;
    for (const CodePointRange& r : set.ranges()) {
        auto it = std::lower_bound(data.member.begin(), data.member.end(), std::make_pair(r.first, 0u));
        for (; it != data.member.end() && it->first <= r.last; ++it) {
            if (hit[it->second]) continue;
            hit[it->second] = true;
            hit_list.push_back(it->second);
        }
    }
    // The members are added in ascending order: a walk over the sorted member table when many classes
    // are hit (large sets such as \p{L}), a sort of the few members otherwise.
    CharSet extra;
    if (hit_list.size() > 64) {
        for (const auto& [c, index] : data.member)
            if (hit[index]) extra.add(c);
    } else {
        std::vector<char32_t> added;
        for (std::uint32_t index : hit_list)
            added.insert(added.end(), data.classes[index].begin(), data.classes[index].end());
        std::sort(added.begin(), added.end());
        for (char32_t c : added)
            extra.add(c);
    }
    set.add_set(extra);
}

CharSet simple_case_fold(const CharSet& set) {
    const CaseData& data = case_data(true);
    CharSet result = set.subtracted(data.changing);
    CharSet folding = set.intersected(data.changing);
    for (const CodePointRange& r : folding.ranges())
        for (char32_t c = r.first; c <= r.last; ++c)
            result.add(scf(c));
    return result;
}

std::u32string simple_case_fold(std::u32string_view s) {
    std::u32string result;
    result.reserve(s.size());
    for (char32_t c : s)
        result.push_back(scf(c));
    return result;
}

const CharSet& simply_folded_characters() {
    static const CharSet* set = new CharSet(case_data(true).changing.complemented());
    return *set;
}

const CharSet& digit_characters() {
    static const CharSet* set = new CharSet(CharSet::range('0', '9'));
    return *set;
}

const CharSet& white_space_characters() {
    static const CharSet* set = [] {
        auto* s = new CharSet(property_chars(UCHAR_GENERAL_CATEGORY_MASK, U_GC_ZS_MASK));
        for (char32_t c : {0x09u, 0x0Au, 0x0Bu, 0x0Cu, 0x0Du, 0x20u, 0xA0u, 0x2028u, 0x2029u, 0xFEFFu})
            s->add(c);
        return s;
    }();
    return *set;
}

const CharSet& word_characters(bool extended) {
    static const CharSet* basic = [] {
        auto* s = new CharSet();
        s->add_range('0', '9');
        s->add_range('A', 'Z');
        s->add('_');
        s->add_range('a', 'z');
        return s;
    }();
    static const CharSet* with_extras = [] {
        auto* s = new CharSet(*basic);
        for (const CodePointRange& r : case_data(true).changing.ranges())
            for (char32_t c = r.first; c <= r.last; ++c)
                if (basic->contains(scf(c))) s->add(c);
        return s;
    }();
    return extended ? *with_extras : *basic;
}

bool is_line_terminator(char32_t c) {
    return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029;
}

bool is_identifier_start(char32_t c) {
    return c == '$' || c == '_' || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ID_START);
}

bool is_identifier_part(char32_t c) {
    return c == '$' || c == 0x200C || c == 0x200D ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ID_CONTINUE);
}

namespace {

constexpr int kPropertyAny = -1;
constexpr int kPropertyAscii = -2;
constexpr int kPropertyAssigned = -3;

struct BinaryProperty {
    const char* name;
    const char* alias; // nullptr if none
    int property;      // a UProperty or one of the kProperty* pseudo-properties
};

// Table "Binary Unicode property aliases and their canonical property names".
constexpr BinaryProperty kBinaryProperties[] = {
    {"ASCII", nullptr, kPropertyAscii},
    {"ASCII_Hex_Digit", "AHex", UCHAR_ASCII_HEX_DIGIT},
    {"Alphabetic", "Alpha", UCHAR_ALPHABETIC},
    {"Any", nullptr, kPropertyAny},
    {"Assigned", nullptr, kPropertyAssigned},
    {"Bidi_Control", "Bidi_C", UCHAR_BIDI_CONTROL},
    {"Bidi_Mirrored", "Bidi_M", UCHAR_BIDI_MIRRORED},
    {"Case_Ignorable", "CI", UCHAR_CASE_IGNORABLE},
    {"Cased", nullptr, UCHAR_CASED},
    {"Changes_When_Casefolded", "CWCF", UCHAR_CHANGES_WHEN_CASEFOLDED},
    {"Changes_When_Casemapped", "CWCM", UCHAR_CHANGES_WHEN_CASEMAPPED},
    {"Changes_When_Lowercased", "CWL", UCHAR_CHANGES_WHEN_LOWERCASED},
    {"Changes_When_NFKC_Casefolded", "CWKCF", UCHAR_CHANGES_WHEN_NFKC_CASEFOLDED},
    {"Changes_When_Titlecased", "CWT", UCHAR_CHANGES_WHEN_TITLECASED},
    {"Changes_When_Uppercased", "CWU", UCHAR_CHANGES_WHEN_UPPERCASED},
    {"Dash", nullptr, UCHAR_DASH},
    {"Default_Ignorable_Code_Point", "DI", UCHAR_DEFAULT_IGNORABLE_CODE_POINT},
    {"Deprecated", "Dep", UCHAR_DEPRECATED},
    {"Diacritic", "Dia", UCHAR_DIACRITIC},
    {"Emoji", nullptr, UCHAR_EMOJI},
    {"Emoji_Component", "EComp", UCHAR_EMOJI_COMPONENT},
    {"Emoji_Modifier", "EMod", UCHAR_EMOJI_MODIFIER},
    {"Emoji_Modifier_Base", "EBase", UCHAR_EMOJI_MODIFIER_BASE},
    {"Emoji_Presentation", "EPres", UCHAR_EMOJI_PRESENTATION},
    {"Extended_Pictographic", "ExtPict", UCHAR_EXTENDED_PICTOGRAPHIC},
    {"Extender", "Ext", UCHAR_EXTENDER},
    {"Grapheme_Base", "Gr_Base", UCHAR_GRAPHEME_BASE},
    {"Grapheme_Extend", "Gr_Ext", UCHAR_GRAPHEME_EXTEND},
    {"Hex_Digit", "Hex", UCHAR_HEX_DIGIT},
    {"IDS_Binary_Operator", "IDSB", UCHAR_IDS_BINARY_OPERATOR},
    {"IDS_Trinary_Operator", "IDST", UCHAR_IDS_TRINARY_OPERATOR},
    {"ID_Continue", "IDC", UCHAR_ID_CONTINUE},
    {"ID_Start", "IDS", UCHAR_ID_START},
    {"Ideographic", "Ideo", UCHAR_IDEOGRAPHIC},
    {"Join_Control", "Join_C", UCHAR_JOIN_CONTROL},
    {"Logical_Order_Exception", "LOE", UCHAR_LOGICAL_ORDER_EXCEPTION},
    {"Lowercase", "Lower", UCHAR_LOWERCASE},
    {"Math", nullptr, UCHAR_MATH},
    {"Noncharacter_Code_Point", "NChar", UCHAR_NONCHARACTER_CODE_POINT},
    {"Pattern_Syntax", "Pat_Syn", UCHAR_PATTERN_SYNTAX},
    {"Pattern_White_Space", "Pat_WS", UCHAR_PATTERN_WHITE_SPACE},
    {"Quotation_Mark", "QMark", UCHAR_QUOTATION_MARK},
    {"Radical", nullptr, UCHAR_RADICAL},
    {"Regional_Indicator", "RI", UCHAR_REGIONAL_INDICATOR},
    {"Sentence_Terminal", "STerm", UCHAR_S_TERM},
    {"Soft_Dotted", "SD", UCHAR_SOFT_DOTTED},
    {"Terminal_Punctuation", "Term", UCHAR_TERMINAL_PUNCTUATION},
    {"Unified_Ideograph", "UIdeo", UCHAR_UNIFIED_IDEOGRAPH},
    {"Uppercase", "Upper", UCHAR_UPPERCASE},
    {"Variation_Selector", "VS", UCHAR_VARIATION_SELECTOR},
    {"White_Space", "space", UCHAR_WHITE_SPACE},
    {"XID_Continue", "XIDC", UCHAR_XID_CONTINUE},
    {"XID_Start", "XIDS", UCHAR_XID_START},
};

struct StringProperty {
    const char* name;
    UProperty property;
};

// Table "Binary Unicode properties of strings".
constexpr StringProperty kStringProperties[] = {
    {"Basic_Emoji", UCHAR_BASIC_EMOJI},
    {"Emoji_Keycap_Sequence", UCHAR_EMOJI_KEYCAP_SEQUENCE},
    {"RGI_Emoji_Modifier_Sequence", UCHAR_RGI_EMOJI_MODIFIER_SEQUENCE},
    {"RGI_Emoji_Flag_Sequence", UCHAR_RGI_EMOJI_FLAG_SEQUENCE},
    {"RGI_Emoji_Tag_Sequence", UCHAR_RGI_EMOJI_TAG_SEQUENCE},
    {"RGI_Emoji_ZWJ_Sequence", UCHAR_RGI_EMOJI_ZWJ_SEQUENCE},
    {"RGI_Emoji", UCHAR_RGI_EMOJI},
};

// Exact (case- and underscore-sensitive) lookup of a value name or alias of an enumerated property.
// ICU's own lookup is loose, so the candidate is confirmed against ICU's list of names for the value.
bool lookup_value(UProperty property, std::string_view value, std::int32_t* out) {
    std::string name(value);
    std::int32_t v = u_getPropertyValueEnum(property, name.c_str());
    if (v == UCHAR_INVALID_CODE) return false;
    for (int choice = 0;; ++choice) {
        const char* candidate = u_getPropertyValueName(property, v, static_cast<UPropertyNameChoice>(choice));
        if (candidate == nullptr) {
            if (choice >= U_LONG_PROPERTY_NAME) return false;
            continue;
        }
        if (name == candidate) {
            *out = v;
            return true;
        }
    }
}

// A resolved property: a UProperty (or kProperty* pseudo-property) and its value (1 for binary ones).
struct PropertyKey {
    int property;
    std::int32_t value;
    bool simple_fold;
    auto operator<=>(const PropertyKey&) const = default;
};

ClassContents build_contents(const PropertyKey& key) {
    ClassContents out;
    switch (key.property) {
    case kPropertyAny:
        out.chars.add_range(0, kMaxCodePoint);
        break;
    case kPropertyAscii:
        out.chars.add_range(0, 0x7F);
        break;
    case kPropertyAssigned:
        out.chars = property_chars(UCHAR_GENERAL_CATEGORY_MASK, U_GC_CN_MASK).complemented();
        break;
    default: {
        USetHolder holder;
        UErrorCode status = U_ZERO_ERROR;
        uset_applyIntPropertyValue(holder.set, static_cast<UProperty>(key.property), key.value, &status);
        append_uset(holder.set, out);
        break;
    }
    }
    if (!key.simple_fold) return out;
    ClassContents folded;
    folded.chars = simple_case_fold(out.chars);
    for (const std::u32string& s : out.strings)
        folded.add_string(simple_case_fold(s));
    return folded;
}

// Building a set from ICU walks the whole code space, so each property's contents are built once.
const ClassContents* cached_contents(const PropertyKey& key) {
    static std::mutex mutex;
    static auto* cache = new std::map<PropertyKey, std::unique_ptr<const ClassContents>>();
    std::lock_guard lock(mutex);
    auto it = cache->find(key);
    if (it == cache->end())
        it = cache->emplace(key, std::make_unique<const ClassContents>(build_contents(key))).first;
    return it->second.get();
}

// Resolves the name (and value) to a key, or fails.
PropertyResult resolve_property(std::string_view name, std::string_view value, bool allow_strings,
                                PropertyKey& key) {
    if (!value.empty()) {
        if (name == "General_Category" || name == "gc") {
            key.property = UCHAR_GENERAL_CATEGORY_MASK;
            return lookup_value(UCHAR_GENERAL_CATEGORY_MASK, value, &key.value) ? PropertyResult::Ok
                                                                                : PropertyResult::Invalid;
        }
        if (name == "Script" || name == "sc")
            key.property = UCHAR_SCRIPT;
        else if (name == "Script_Extensions" || name == "scx")
            key.property = UCHAR_SCRIPT_EXTENSIONS;
        else
            return PropertyResult::Invalid;
        return lookup_value(UCHAR_SCRIPT, value, &key.value) ? PropertyResult::Ok : PropertyResult::Invalid;
    }
    if (lookup_value(UCHAR_GENERAL_CATEGORY_MASK, name, &key.value)) {
        key.property = UCHAR_GENERAL_CATEGORY_MASK;
        return PropertyResult::Ok;
    }
    key.value = 1;
    for (const BinaryProperty& p : kBinaryProperties) {
        if (name != p.name && (p.alias == nullptr || name != p.alias)) continue;
        key.property = p.property;
        return PropertyResult::Ok;
    }
    for (const StringProperty& p : kStringProperties) {
        if (name != p.name) continue;
        if (!allow_strings) return PropertyResult::StringsNotAllowed;
        key.property = p.property;
        return PropertyResult::Ok;
    }
    return PropertyResult::Invalid;
}

} // namespace

PropertyLookup lookup_property(std::string_view name, std::string_view value, bool allow_strings,
                               bool simple_fold) {
    PropertyKey key{0, 0, simple_fold};
    PropertyLookup lookup;
    lookup.result = resolve_property(name, value, allow_strings, key);
    if (lookup.result == PropertyResult::Ok) lookup.contents = cached_contents(key);
    return lookup;
}

} // namespace yjs::regexp
