/** The shape of a role id in a request; whether the role exists is `assignableRole`'s to say. */
export const ROLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const ROLE_ID_MESSAGE = 'role must be a role id (lower-case letters, digits and dashes)';
