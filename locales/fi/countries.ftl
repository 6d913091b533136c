# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Itävalta
country-be = Belgia
country-bg = Bulgaria
country-cy = Kypros
country-cz = Tšekki
country-de = Saksa
country-dk = Tanska
country-ee = Viro
country-es = Espanja
country-fi = Suomi
country-fr = Ranska
country-gr = Kreikka
country-hr = Kroatia
country-hu = Unkari
country-ie = Irlanti
country-is = Islanti
country-it = Italia
country-li = Liechtenstein
country-lt = Liettua
country-lu = Luxemburg
country-lv = Latvia
country-mt = Malta
country-nl = Alankomaat
country-no = Norja
country-pl = Puola
country-pt = Portugali
country-ro = Romania
country-se = Ruotsi
country-si = Slovenia
country-sk = Slovakia
