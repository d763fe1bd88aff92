// Every data member of a plain struct, in declaration order, without
// naming them: a structured binding of exactly kMembers<T> names. Adding a
// member to a model struct without changing its count in snapshot/codec.cpp
// stops the build (the binding no longer fits), so a snapshot can never
// silently drop a field that commands read.
#pragma once

#include <type_traits>

namespace netadmin::snapshot {

// The number of data members of T; specialised in snapshot/codec.cpp for
// every struct a snapshot holds.
template <typename T>
inline constexpr int kMembers = -1;

// Calls f(member) for each data member of `value`, in order. One branch per
// count, each the same line with one more name.
template <typename T, typename F>
void for_each_member(T& value, F&& f) {
    constexpr int n = kMembers<std::remove_const_t<T>>;
    static_assert(n > 0 && n <= 40, "kMembers is not specialised for this type");
    // clang-format off
    if constexpr (n == 1) { auto& [m1] = value; f(m1); }
    else if constexpr (n == 2) { auto& [m1,m2] = value; f(m1);f(m2); }
    else if constexpr (n == 3) { auto& [m1,m2,m3] = value; f(m1);f(m2);f(m3); }
    else if constexpr (n == 4) { auto& [m1,m2,m3,m4] = value; f(m1);f(m2);f(m3);f(m4); }
    else if constexpr (n == 5) { auto& [m1,m2,m3,m4,m5] = value; f(m1);f(m2);f(m3);f(m4);f(m5); }
    else if constexpr (n == 6) { auto& [m1,m2,m3,m4,m5,m6] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6); }
    else if constexpr (n == 7) { auto& [m1,m2,m3,m4,m5,m6,m7] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7); }
    else if constexpr (n == 8) { auto& [m1,m2,m3,m4,m5,m6,m7,m8] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8); }
    else if constexpr (n == 9) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9); }
    else if constexpr (n == 10) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10); }
    else if constexpr (n == 11) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11); }
    else if constexpr (n == 12) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12); }
    else if constexpr (n == 13) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13); }
    else if constexpr (n == 14) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14); }
    else if constexpr (n == 15) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15); }
    else if constexpr (n == 16) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16); }
    else if constexpr (n == 17) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17); }
    else if constexpr (n == 18) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18); }
    else if constexpr (n == 19) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19); }
    else if constexpr (n == 20) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20); }
    else if constexpr (n == 21) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21); }
    else if constexpr (n == 22) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22); }
    else if constexpr (n == 23) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23); }
    else if constexpr (n == 24) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24); }
    else if constexpr (n == 25) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25); }
    else if constexpr (n == 26) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26); }
    else if constexpr (n == 27) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27); }
    else if constexpr (n == 28) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28); }
    else if constexpr (n == 29) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29); }
    else if constexpr (n == 30) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30); }
    else if constexpr (n == 31) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31); }
    else if constexpr (n == 32) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32); }
    else if constexpr (n == 33) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33); }
    else if constexpr (n == 34) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34); }
    else if constexpr (n == 35) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34);f(m35); }
    else if constexpr (n == 36) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34);f(m35);f(m36); }
    else if constexpr (n == 37) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34);f(m35);f(m36);f(m37); }
    else if constexpr (n == 38) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37,m38] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34);f(m35);f(m36);f(m37);f(m38); }
    else if constexpr (n == 39) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37,m38,m39] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34);f(m35);f(m36);f(m37);f(m38);f(m39); }
    else if constexpr (n == 40) { auto& [m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37,m38,m39,m40] = value; f(m1);f(m2);f(m3);f(m4);f(m5);f(m6);f(m7);f(m8);f(m9);f(m10);f(m11);f(m12);f(m13);f(m14);f(m15);f(m16);f(m17);f(m18);f(m19);f(m20);f(m21);f(m22);f(m23);f(m24);f(m25);f(m26);f(m27);f(m28);f(m29);f(m30);f(m31);f(m32);f(m33);f(m34);f(m35);f(m36);f(m37);f(m38);f(m39);f(m40); }
    // clang-format on
}

}  // namespace netadmin::snapshot
