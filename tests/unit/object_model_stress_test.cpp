// Randomised model check: property additions, updates and deletions (named and indexed, across tree
// shapes, dictionaries, dense and sparse elements) compared with a simple reference model, with garbage
// collections interleaved.
#include "object_test_util.h"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace yjs::object_test {
namespace {

using ModelStressTest = ObjectTest;

struct Model {
    std::vector<std::pair<std::string, double>> named; // creation order
    std::map<std::uint32_t, double> indexed;

    std::vector<std::string> keys() const {
        std::vector<std::string> result;
        for (auto& [index, value] : indexed)
            result.push_back(std::to_string(index));
        for (auto& [name, value] : named)
            result.push_back(name);
        return result;
    }
};

TEST_F(ModelStressTest, RandomMutationsMatchTheModel) {
    std::mt19937 random(12345);
    constexpr int kObjects = 6;
    std::vector<JSObject*> objects;
    std::vector<Model> models(kObjects);
    for (int i = 0; i < kObjects; ++i)
        objects.push_back(new_object());
    MarkedValueVector roots(vm.heap());
    for (JSObject* o : objects)
        roots.push_back(o);

    std::vector<std::string> names;
    for (int i = 0; i < 90; ++i)
        names.push_back("n" + std::to_string(i));
    const std::uint32_t indices[] = {0, 1, 2, 3, 5, 8, 13, 100, 5000, 70000, 4294967294u};

    for (int step = 0; step < 6000; ++step) {
        int which = static_cast<int>(random() % kObjects);
        JSObject* o = objects[which];
        Model& model = models[which];
        int op = static_cast<int>(random() % 10);
        double value = static_cast<double>(step);
        if (op < 4) {
            // Named set (add or update).
            const std::string& name = names[random() % (which % 2 ? names.size() : 12)];
            must(o->set(vm, key(name), Value(value), true));
            auto it = std::find_if(model.named.begin(), model.named.end(),
                                   [&](auto& e) { return e.first == name; });
            if (it == model.named.end())
                model.named.emplace_back(name, value);
            else
                it->second = value;
        } else if (op < 6) {
            // Named delete.
            const std::string& name = names[random() % (which % 2 ? names.size() : 12)];
            EXPECT_TRUE(must(o->internal_delete(vm, key(name))));
            std::erase_if(model.named, [&](auto& e) { return e.first == name; });
        } else if (op < 8) {
            std::uint32_t index = indices[random() % std::size(indices)];
            must(o->set(vm, PropertyKey::from_index(index), Value(value), true));
            model.indexed[index] = value;
        } else if (op < 9) {
            std::uint32_t index = indices[random() % std::size(indices)];
            EXPECT_TRUE(must(o->internal_delete(vm, PropertyKey::from_index(index))));
            model.indexed.erase(index);
        } else {
            vm.heap().collect_garbage();
        }
        if (step % 500 == 0 || step == 5999) {
            for (int i = 0; i < kObjects; ++i) {
                ASSERT_EQ(own_keys(objects[i]), models[i].keys()) << "object " << i << " at step " << step;
                for (auto& [name, expected] : models[i].named)
                    ASSERT_EQ(must(objects[i]->get(vm, key(name))).as_number(), expected);
                for (auto& [index, expected] : models[i].indexed)
                    ASSERT_EQ(must(objects[i]->get(vm, PropertyKey::from_index(index))).as_number(),
                              expected);
            }
        }
    }
}

TEST_F(ModelStressTest, ArraysUnderRandomLengthChanges) {
    std::mt19937 random(777);
    JSArray* array = JSArray::create(vm);
    std::map<std::uint32_t, double> model;
    std::uint32_t length = 0;
    for (int step = 0; step < 3000; ++step) {
        int op = static_cast<int>(random() % 8);
        if (op < 4) {
            std::uint32_t index = random() % 3 == 0 ? static_cast<std::uint32_t>(random() % 5000) : length;
            must(array->set(vm, PropertyKey::from_index(index), Value(double(step)), true));
            model[index] = step;
            length = std::max(length, index + 1);
        } else if (op < 5) {
            std::uint32_t new_length = length == 0 ? 0 : static_cast<std::uint32_t>(random() % (length + 1));
            must(array->set(vm, vm.names().length, Value(double(new_length)), true));
            model.erase(model.lower_bound(new_length), model.end());
            length = new_length;
        } else if (op < 6) {
            Value out;
            if (array->pop_fast(vm, out)) {
                ASSERT_FALSE(model.empty());
                ASSERT_EQ(out.as_number(), model.rbegin()->second);
                model.erase(std::prev(model.end()));
                --length;
            }
        } else if (op < 7) {
            if (array->push_fast(vm, Value(double(step)))) model[length++] = step;
        } else {
            vm.heap().collect_garbage();
        }
        ASSERT_EQ(array->length(), length) << "step " << step;
    }
    for (std::uint32_t i = 0; i < length; ++i) {
        Value v = must(array->get(vm, PropertyKey::from_index(i)));
        auto it = model.find(i);
        if (it == model.end()) {
            ASSERT_TRUE(v.is_undefined()) << i;
        } else {
            ASSERT_EQ(v.as_number(), it->second) << i;
        }
    }
}

} // namespace
} // namespace yjs::object_test
