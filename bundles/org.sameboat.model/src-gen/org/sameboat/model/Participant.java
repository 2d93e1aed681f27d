/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Participant#getPseudonym <em>Pseudonym</em>}</li>
 *   <li>{@link org.sameboat.model.Participant#getRole <em>Role</em>}</li>
 *   <li>{@link org.sameboat.model.Participant#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends Identified {
	/**
	 * Returns the value of the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pseudonym</em>' attribute.
	 * @see #setPseudonym(String)
	 * @see org.sameboat.model.SameboatPackage#getParticipant_Pseudonym()
	 * @model
	 * @generated
	 */
	String getPseudonym();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Participant#getPseudonym <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pseudonym</em>' attribute.
	 * @see #getPseudonym()
	 * @generated
	 */
	void setPseudonym(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sameboat.model.SpeakerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.sameboat.model.SpeakerRole
	 * @see #setRole(SpeakerRole)
	 * @see org.sameboat.model.SameboatPackage#getParticipant_Role()
	 * @model
	 * @generated
	 */
	SpeakerRole getRole();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Participant#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.sameboat.model.SpeakerRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(SpeakerRole value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getParticipant_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributes();

} // Participant
