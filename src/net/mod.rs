//! The classroom's network side: which address phones should use to reach this laptop, and (to
//! come) the local server for the phone page. The room's rules are `sim::classroom`'s.

pub mod address;
