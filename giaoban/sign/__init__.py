"""Signed PDF for the e-office (Nghị định 30/2020/NĐ-CP, Điều 5 and Phụ lục I, II.7-II.8).

``blocks`` finds the signature blocks (THƯ KÝ, CHỦ TRÌ) on the rendered page, ``keys`` opens
a signing key (a .p12 file or a PKCS#11 token), ``signing`` adds a PAdES signature,
``verify`` checks every signature of a file and ``metadata`` writes the Phụ lục VI fields.
"""
