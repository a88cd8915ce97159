//! TimeML (TimeBank, AQUAINT): the text without its tags, and the TIMEX3 spans as gold
//! dates, for `presslens eval dates`.
